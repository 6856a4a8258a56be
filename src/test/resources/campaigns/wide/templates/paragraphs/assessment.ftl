<#--
  The assessment: what the inspectors found in this force's plans.

  First the plans against the national strategy; then the plan elements, in the words of
  phrasebook.yaml, put together by lib/statements.ftl (which says how the sentences are ordered
  and joined). An element's note follows the sentence that states it, as it is written.
-->
<#import "../lib/statements.ftl" as statements>
<#assign findings = record.findings>

<#-- The plans against the national strategy: good news, or a shortfall for the sentences that follow to turn from. -->
<#assign strategy = "the national strategy agreed at the " + facts.strategy.body + " in " + facts.strategy.agreed>
<#assign reflected = findings.national_strategy == "reflected">
<#assign partly = findings.national_strategy == "partly_reflected">
<#if findings.plans_comprehensive && reflected>
  <#assign opening = "We were pleased to find that your plans submitted in response to our recommendation were comprehensive, and also reflected " + strategy + ".">
<#elseif findings.plans_comprehensive>
  <#assign opening = "Your plans submitted in response to our recommendation were comprehensive, but they " + partly?then("reflected only part of ", "did not reflect ") + strategy + ".">
<#else>
  <#assign opening = "Your plans " + reflected?then("reflected ", partly?then("reflected only part of ", "did not reflect ")) + strategy + ".">
</#if>
<#assign news = reflected?then("good", "shortfall")>

<p role="assessment">${([opening] + statements.of(findings, opening, news, findings.limited_information))?join(" ")}</p>
<#if findings.timetable_given>
<p>Your plans also set out a timetable for completing this work.</p>
</#if>
