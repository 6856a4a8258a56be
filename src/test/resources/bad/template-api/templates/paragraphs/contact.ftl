<p>${record.force?api.getClass()}</p>
