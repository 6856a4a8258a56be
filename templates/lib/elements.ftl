<#--
  How the letters name each plan element the campaign declares, in the three forms the
  assessment needs:
    plan      what the plans include       "Your plans included ___"
    own       the force's own work         "the result of ___ was unclear"
    progress  what could not be assessed   "No information ... allowed us to assess ___"
  Use one phrasing everywhere; a new element in campaign.yaml needs its three forms here.
-->
<#assign phrases = {
  "counter_corruption_review": {
    "plan": "a review of the capability and capacity of your counter-corruption unit",
    "own": "your review of the capability and capacity of your counter-corruption unit",
    "progress": "your progress in reviewing the capability and capacity of your counter-corruption unit"
  },
  "it_monitoring": {
    "plan": "improvements to your IT systems’ monitoring capability",
    "own": "your improvements to IT systems’ monitoring capability",
    "progress": "your progress in deploying IT systems’ monitoring capability"
  },
  "vulnerable_support": {
    "plan": "work to seek intelligence from those organisations that support vulnerable people",
    "own": "your work to seek intelligence from those organisations that support vulnerable people",
    "progress": "any work done to seek intelligence from those organisations that support vulnerable people"
  }
}>

<#-- The phrases of the given form for a list of element ids, in the same order. -->
<#function forms ids form>
  <#local result = []>
  <#list ids as id>
    <#if !phrases[id]??>
      <#stop "lib/elements.ftl has no phrases for the plan element '" + id + "'">
    </#if>
    <#local result += [phrases[id][form]]>
  </#list>
  <#return result>
</#function>
