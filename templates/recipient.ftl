<#-- Who the letter is addressed to, and who it is copied to. -->
<#assign chief = record.chief_constable>
<recipient>
  Chief Constable<#if chief.name??> ${lang.fullName(chief)}</#if><br/>
  ${record.force}<br/>
  ${record.delivery}
</recipient>
<#if record.copied_to?has_content>
<copied-to>
  Copied to: <#list record.copied_to as copy><#if copy.name??>${copy.name}<br/></#if>${copy.role}<#sep><br/></#list>
</copied-to>
</#if>
