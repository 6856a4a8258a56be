<p>
  In ${facts.report.published}, we published our national <i>${facts.report.title}</i> inspection
  report in which we referred to the problem as ‘${facts.terms.former}’. In the interests of
  consistency and in line with the terminology used in the ${facts.strategy.body}’s national
  strategy, we now refer to this as ‘${facts.terms.current}’.
</p>
