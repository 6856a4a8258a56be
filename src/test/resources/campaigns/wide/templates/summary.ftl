<#ftl output_format="plainText">
<#--
  The national overview (`letters summary`): the line beside each outcome's bar in the chart, one
  line per outcome, in the order given. Each outcome has `id`, `label` (from campaign.yaml) and
  `letters` (how many letters reached it); `letters` alone is the number of letters in all.
  The overview's title and the table's headings are the `overview` section of campaign.yaml.
-->
<#list outcomes as outcome>
${outcome.label}: ${outcome.letters}
</#list>
