<p>${record.getClass()}</p>
