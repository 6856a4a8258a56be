<#include "footer.ftl">
