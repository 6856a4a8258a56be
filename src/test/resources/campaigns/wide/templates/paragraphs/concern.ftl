<p>
  The report highlighted our concerns that some police counter-corruption units did not have the
  capability or capacity to seek intelligence on the potential ${facts.terms.current}. This meant
  that some forces were not able to intervene early to safeguard potential victims and tackle
  unacceptable and potentially corrupt behaviour. This concern led to the following
  recommendation:
</p>
