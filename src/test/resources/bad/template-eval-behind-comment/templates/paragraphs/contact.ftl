<p>${record.force?<#-- a comment -->interpret}</p>
