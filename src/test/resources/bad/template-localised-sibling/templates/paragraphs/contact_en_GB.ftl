<p>Localised text that must not appear.</p>
