<#macro again n><@again n + 1/></#macro>
<p>If you have any queries<@again 1/>, please contact us.</p>
