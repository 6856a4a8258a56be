<quote>${facts.recommendation}</quote>
