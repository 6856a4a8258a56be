<#if record.force == "x">
<p>Contact us.</p>
