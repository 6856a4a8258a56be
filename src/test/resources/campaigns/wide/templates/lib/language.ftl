<#--
  How the letters join lists and make words agree. Import it:
    <#import "lib/language.ftl" as lang>   then   ${lang.join(items, "or")}
-->

<#-- "A", "A and B", "A, B and C": the inspectorate writes no comma before the last item. -->
<#function join items conjunction>
  <#if items?size == 0>
    <#return "">
  <#elseif items?size == 1>
    <#return items[0]>
  </#if>
  <#return items[0..items?size - 2]?join(", ") + " " + conjunction + " " + items?last>
</#function>

<#-- The word that agrees with how many things there are: agree(n, "this had", "these had"). -->
<#function agree count one many>
  <#return (count == 1)?then(one, many)>
</#function>

<#-- A name followed by its post-nominals, when there are any: "Simon Edens QPM". -->
<#function fullName person>
  <#if person.honours??>
    <#return person.name + " " + person.honours>
  </#if>
  <#return person.name>
</#function>

<#-- A sentence from its parts: the parts joined with single spaces, its first letter a capital. -->
<#function sentence parts...>
  <#return parts?filter(part -> part?has_content)?join(" ")?cap_first>
</#function>
