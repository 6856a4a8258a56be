<#--
  The assessment: the service's risk information, then each part of its plans in the words of
  phrasebook.yaml, put together by lib/statements.ftl.
-->
<#import "../lib/statements.ftl" as statements>
<#assign findings = record.findings>
<#assign current = findings.risk_information == "current">
<#assign opening = current?then(
    "The risk information you hold on high-rise residential buildings is current.",
    "The risk information you hold on high-rise residential buildings is out of date.")>
<#if findings.evacuation_reviewed>
  <#assign opening += " You have reviewed your evacuation policy since our inspection.">
</#if>
<p role="assessment">${([opening] + statements.of(findings, opening, current?then("good", "shortfall"), false))?join(" ")}</p>
