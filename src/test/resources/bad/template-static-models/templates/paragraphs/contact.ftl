<p>${statics["java.lang.System"].getProperty("user.home")}</p>
