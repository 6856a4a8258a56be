<#-- How the letters name each part of a service's plans. -->
<#assign phrases = {
  "building_audits": {"work": "your audits of high-rise residential buildings"},
  "evacuation_guidance": {"work": "your guidance to crews on changing from a ‘stay put’ strategy to evacuation"},
  "crew_training": {"work": "your training of operational crews in high-rise firefighting"},
  "resident_engagement": {"work": "your work with residents on fire safety in their buildings"}
}>

<#function forms ids>
  <#local result = []>
  <#list ids as id>
    <#local result += [phrases[id].work]>
  </#list>
  <#return result>
</#function>
