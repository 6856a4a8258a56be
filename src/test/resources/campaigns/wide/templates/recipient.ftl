<#-- Who the letter is addressed to, and who it is copied to. -->
<#assign chief = record.chief_constable>
<recipient>
  ${campaign.fields.chief_constable.label}<#if chief.name??> ${lang.fullName(chief)}</#if><br/>
  ${record.force}<br/>
  ${record.delivery}
</recipient>
<#if record.copied_to?has_content>
<copied-to>
  ${campaign.fields.copied_to.label}: <#list record.copied_to as copy><#if copy.name??>${copy.name}<br/></#if>${copy.role}<#sep><br/></#list>
</copied-to>
</#if>
