<#ftl output_format="plainText">
<#-- The line beside each assessment's bar in the overview. -->
<#list outcomes as outcome>
${outcome.label}: ${outcome.letters} of ${letters} services
</#list>
