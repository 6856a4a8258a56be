<#--
  The assessment: what the inspectors found in this force's plans.

  First the plans against the national strategy. Then one sentence for each status the plan
  elements have, in the order the campaign declares the elements, each sentence stating together
  every element that shares the status; an element's note follows that sentence as it is written.

  Connectors: "However," opens a shortfall that follows good news; "They" (or "They also") carries
  on straight after a sentence about the plans; "From the limited information supplied," opens the
  first sentence that rests on what the force supplied, when the record says so.
-->
<#import "../lib/language.ftl" as lang>
<#import "../lib/elements.ftl" as elements>
<#assign findings = record.findings>
<#assign shortfalls = ["no_information", "unclear", "not_evidenced"]>

<#-- The plans against the national strategy. -->
<#assign strategy = "the national strategy agreed at the " + facts.strategy.body + " in " + facts.strategy.agreed>
<#assign reflected = findings.national_strategy == "reflected">
<#if findings.plans_comprehensive>
  <#assign opening = "We were pleased to find that your plans submitted in response to our recommendation were comprehensive, "
      + reflected?then("and also reflected ", "although they did not reflect ") + strategy + ".">
<#else>
  <#assign opening = "Your plans " + reflected?then("reflected ", "did not reflect ") + strategy + ".">
</#if>
<#assign sentences = [opening]>

<#-- The statuses, in the order their first element is declared. -->
<#assign statuses = []>
<#list campaign.elements as id>
  <#if !statuses?seq_contains(findings[id].status)>
    <#assign statuses += [findings[id].status]>
  </#if>
</#list>
<#assign onlyNoInformation = statuses?size == 1 && statuses[0] == "no_information">

<#assign goodNews = reflected>            <#-- did the last sentence report something good? -->
<#assign aboutPlans = true>               <#-- was the last sentence about the plans? -->
<#assign plansStated = false>             <#-- has a sentence said what the plans included? -->
<#assign limitedToSay = findings.limited_information>

<#list statuses as status>
  <#assign ids = campaign.elements?filter(id -> findings[id].status == status)>
  <#assign count = ids?size>
  <#assign shortfall = shortfalls?seq_contains(status)>
  <#assign however = (shortfall && goodNews)?then("however,", "")>
  <#assign limited = "">
  <#if limitedToSay && status != "no_information">
    <#assign limited = "from the limited information supplied,">
    <#assign limitedToSay = false>
  </#if>
  <#if !shortfall>
    <#if limited?has_content || !aboutPlans>
      <#assign plans = "your plans" + plansStated?then(" also", "") + " included">
    <#else>
      <#assign plans = "they" + plansStated?then(" also", "") + " included">
    </#if>
  </#if>
  <#switch status>
    <#case "no_information">
      <#if limitedToSay && onlyNoInformation>
        <#assign said = lang.sentence(however, "the limited information supplied did not allow us to assess",
            lang.join(elements.forms(ids, "progress"), "or") + ".")>
        <#assign limitedToSay = false>
      <#else>
        <#assign said = lang.sentence(however, "no information was provided that allowed us to assess",
            lang.join(elements.forms(ids, "progress"), "or") + ".")>
      </#if>
      <#break>
    <#case "unclear">
      <#assign said = lang.sentence(however, limited, lang.agree(count, "the result of", "the results of"),
          lang.join(elements.forms(ids, "own"), "and"), lang.agree(count, "was", "were") + " unclear.")>
      <#break>
    <#case "not_evidenced">
      <#assign said = lang.sentence(however, limited, "we could not find evidence of",
          lang.join(elements.forms(ids, "plan"), "or") + ".")>
      <#break>
    <#case "planned">
      <#assign said = lang.sentence(limited, plans, lang.join(elements.forms(ids, "plan"), "and") + ", although at the time of our review",
          lang.agree(count, "this", "these"), "had yet to start.")>
      <#break>
    <#case "commenced">
      <#assign said = lang.sentence(limited, plans, lang.join(elements.forms(ids, "plan"), "and") + ", and",
          lang.agree(count, "this", "these"), "had already commenced by the time of our review.")>
      <#break>
    <#case "in_place">
      <#assign said = lang.sentence(limited, plans, lang.join(elements.forms(ids, "plan"), "and") + ", and",
          lang.agree(count, "this was", "these were"), "already in place at the time of our review.")>
      <#break>
    <#default>
      <#stop "paragraphs/assessment.ftl has no wording for the status '" + status + "'">
  </#switch>
  <#assign sentences += [said]>
  <#assign notes = ids?filter(id -> findings[id].note??)?map(id -> findings[id].note)>
  <#assign sentences += notes>
  <#assign goodNews = !shortfall>
  <#assign aboutPlans = !shortfall && notes?size == 0>
  <#assign plansStated = plansStated || !shortfall>
</#list>
<p role="assessment">${sentences?join(" ")}</p>
