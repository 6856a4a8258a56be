<#--
  The assessment: the service's risk information, then one sentence per status of its plans, in
  the order the campaign declares them.
-->
<#import "../lib/language.ftl" as lang>
<#import "../lib/elements.ftl" as elements>
<#assign findings = record.findings>
<#assign sentences = [(findings.risk_information == "current")?then(
    "The risk information you hold on high-rise residential buildings is current.",
    "The risk information you hold on high-rise residential buildings is out of date.")]>
<#if findings.evacuation_reviewed>
  <#assign sentences += ["You have reviewed your evacuation policy since our inspection."]>
</#if>
<#assign statuses = []>
<#list campaign.elements as id>
  <#if !statuses?seq_contains(findings[id].status)>
    <#assign statuses += [findings[id].status]>
  </#if>
</#list>
<#list statuses as status>
  <#assign ids = campaign.elements?filter(id -> findings[id].status == status)>
  <#assign many = ids?size gt 1>
  <#assign named = lang.join(elements.forms(ids), "and")>
  <#switch status>
    <#case "no_information"><#assign said = "You gave us no information on " + named + "."><#break>
    <#case "not_started"><#assign said = named?cap_first + " had not started when you wrote to us."><#break>
    <#case "in_progress"><#assign said = named?cap_first + (many?then(" were", " was")) + " under way."><#break>
    <#case "partly_in_place"><#assign said = named?cap_first + (many?then(" were", " was")) + " partly in place."><#break>
    <#case "in_place"><#assign said = named?cap_first + (many?then(" were", " was")) + " fully in place."><#break>
  </#switch>
  <#assign sentences += [said] + ids?filter(id -> findings[id].note??)?map(id -> findings[id].note)>
</#list>
<p role="assessment">${sentences?join(" ")}</p>
