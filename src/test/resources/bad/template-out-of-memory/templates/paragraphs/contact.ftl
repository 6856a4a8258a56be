<p>${(1..2147483646)?sort?first} queries</p>
