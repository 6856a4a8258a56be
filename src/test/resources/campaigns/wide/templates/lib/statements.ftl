<#--
  The sentences that state the plan elements, put together from the words of phrasebook.yaml
  (campaign.phrasebook). Import it:
    <#import "../lib/statements.ftl" as statements>
  then  statements.of(record.findings, opening, "good", false)  gives the sentences that follow the
  sentence `opening` (whose news is "good" or "shortfall"), each element's note straight after the
  sentence that states the element.

  Elements that share a status are stated together in one sentence; a status that says what the
  plans included and has no `together` states each element in a sentence of its own.
  Order: after good news the statuses whose news is good come first and the shortfalls after;
  after a shortfall, the other way round; within each, the phrasebook's order.
  Connectors: a shortfall after good news takes its status's `turn` or opens with "However,"; good
  news after a shortfall takes its `turn` ("Your plans did include"); a lead that would begin as
  an earlier sentence began takes its `also` (see leadOf); "They" carries on straight after a sentence about the
  plans, "also included" follows an earlier "included". When the information supplied was
  limited, "From the limited information supplied," opens the first sentence whose status has no
  `limited` lead; when every status has one, the first sentence uses it.
-->
<#import "language.ftl" as lang>

<#function of findings opening openingNews limited>
  <#if !campaign.phrasebook??>
    <#stop "templates/phrasebook.yaml is missing: it holds the words that state the plan elements">
  </#if>
  <#local book = campaign.phrasebook>
  <#local groups = groups(findings, openingNews)>
  <#local carrier = limited?then(limitedCarrier(groups), -1)>
  <#local sentences = []>
  <#local said = [opening]>
  <#local news = openingNews>
  <#local aboutPlans = true>
  <#local includedSaid = false>
  <#list groups as group>
    <#local status = group.status>
    <#local carries = group?index == carrier>
    <#local prefix = (carries && !status.limited??)?then(book.connectors.limited, "")>
    <#local worded = phrases(group.ids, status.id)>
    <#local items = lang.join(worded?map(phrase -> phrase.item), status.join)>
    <#if status.lead??>
      <#local lead = leadOf(status, carries, news, said)>
      <#local however = (status.news == "shortfall" && news == "good" && !(status.turn?? && lead == status.turn))?then(book.connectors.however, "")>
      <#local sentence = lang.sentence(however, prefix, lead, items + ".")>
    <#else>
      <#local however = (status.news == "shortfall" && news == "good")?then(book.connectors.however, "")>
      <#local subject = (aboutPlans && prefix == "" && however == "")?then(book.included.they, book.included.plans)>
      <#local verb = (status.news == "good" && news != "good")?then(book.included.turn,
          includedSaid?then(book.included.also, book.included.verb))>
      <#local after = (worded?size == 1)?then(worded[0].then, status.together!"")>
      <#local sentence = lang.sentence(however, prefix, subject, verb, items + ",", after + ".")>
    </#if>
    <#local notes = group.ids?filter(id -> findings[id].note??)?map(id -> findings[id].note)>
    <#local sentences += [sentence] + notes>
    <#local said += [sentence]>
    <#local news = status.news>
    <#local aboutPlans = !status.lead?? && !notes?has_content>
    <#local includedSaid = includedSaid || !status.lead??>
  </#list>
  <#return sentences>
</#function>

<#--
  The elements grouped by status, in the order the sentences state them: a sequence of
  {status, ids}, ids in the order the campaign declares the elements.
-->
<#function groups findings openingNews>
  <#local ordered = []>
  <#list campaign.phrasebook.statuses as status>
    <#if status.news == openingNews><#local ordered += [status]></#if>
  </#list>
  <#list campaign.phrasebook.statuses as status>
    <#if status.news != openingNews><#local ordered += [status]></#if>
  </#list>
  <#local groups = []>
  <#list ordered as status>
    <#local ids = []>
    <#list campaign.elements as id>
      <#if findings[id].status == status.id><#local ids += [id]></#if>
    </#list>
    <#if ids?has_content && (status.lead?? || status.together??)>
      <#local groups += [{"status": status, "ids": ids}]>
    <#elseif ids?has_content>
      <#list ids as id><#local groups += [{"status": status, "ids": [id]}]></#list>
    </#if>
  </#list>
  <#return groups>
</#function>

<#-- Which group says the information was limited: the first that can open with the connector. -->
<#function limitedCarrier groups>
  <#list groups as group>
    <#if !group.status.limited??><#return group?index></#if>
  </#list>
  <#return groups?has_content?then(0, -1)>
</#function>

<#--
  The words a status's sentence begins with, after the sentences `said`: `also` when the sentence
  just before began as the lead does; else `turn` when the news turns; else `also` when an earlier
  sentence began so.
-->
<#function leadOf status carries news said>
  <#if carries && status.limited??>
    <#return status.limited>
  <#elseif status.also?? && begunBefore(status.lead, [said?last])>
    <#return status.also>
  <#elseif status.turn?? && status.news != news>
    <#return status.turn>
  <#elseif status.also?? && begunBefore(status.lead, said)>
    <#return status.also>
  </#if>
  <#return status.lead>
</#function>

<#-- Whether an earlier sentence began with the lead's words up to its first comma. -->
<#function begunBefore lead said>
  <#local words = lead?contains(",")?then(lead?keep_before(","), lead)?lower_case>
  <#list said as sentence>
    <#if sentence?lower_case?starts_with(words)><#return true></#if>
  </#list>
  <#return false>
</#function>

<#-- Each element's phrase for the status. -->
<#function phrases ids status>
  <#local result = []>
  <#list ids as id>
    <#local result += [campaign.phrasebook.elements[id].phrases[status]]>
  </#list>
  <#return result>
</#function>
