<p>${record.force?eval}</p>
