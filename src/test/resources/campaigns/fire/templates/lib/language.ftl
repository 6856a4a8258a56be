<#-- Joining lists and naming people, as the fire letters write them. -->

<#-- "A", "A and B", "A, B and C". -->
<#function join items conjunction>
  <#if items?size == 0>
    <#return "">
  <#elseif items?size == 1>
    <#return items[0]>
  </#if>
  <#return items[0..items?size - 2]?join(", ") + " " + conjunction + " " + items?last>
</#function>

<#-- A name followed by its post-nominals, when there are any. -->
<#function fullName person>
  <#if person.honours??>
    <#return person.name + " " + person.honours>
  </#if>
  <#return person.name>
</#function>
