<#include "../../pom.xml">
