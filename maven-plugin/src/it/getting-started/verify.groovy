// The zip has the bootstrap (executable), the jar with its own modification time, and an archive that
// the JVM uses when started from the unzipped package, as Lambda starts it.
import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions
import java.util.zip.ZipFile

File target = new File(basedir, 'target')
File zip = new File(target, 'greeter-1.0-lambda.zip')
assert zip.isFile() : "no ${zip}"
assert !new File(basedir, 'dependency-reduced-pom.xml').exists() : 'shade left dependency-reduced-pom.xml'

String log = new File(basedir, 'build.log').text
assert log.contains("TrainingRun: wrote") && log.contains("invocations of 'hello'")
assert !log.contains("invocations failed") : "the training events failed"
assert log.contains('-Xshare:on') || log.contains('-XX:AOTMode=on')
assert log.contains('Switchboard: 1 handlers in 1 manifests, no name defined twice')

String archive = Runtime.version().feature() >= 25 ? 'app.aot' : 'app.jsa'
File unzipped = new File(target, 'unzipped')
new ZipFile(zip).withCloseable { file ->
  assert file.entries().collect { it.name } == ['bootstrap', 'switchboard-wrapper', 'app.jar', archive]
  assert file.getEntry('app.jar').lastModifiedTime == Files.getLastModifiedTime(new File(target, 'lambda/app.jar').toPath())
  file.entries().each { entry ->
    File out = new File(unzipped, entry.name)
    out.parentFile.mkdirs()
    out.bytes = file.getInputStream(entry).bytes
    Files.setLastModifiedTime(out.toPath(), entry.lastModifiedTime)
  }
}
Files.setPosixFilePermissions(new File(unzipped, 'bootstrap').toPath(), PosixFilePermissions.fromString('rwxr-xr-x'))

// The unzipped package, started as the bootstrap starts it, with the archive required.
String java = System.getProperty('java.home') + '/bin/java'
String mode = archive == 'app.aot' ? '-XX:AOTMode=on' : '-Xshare:on'
String option = archive == 'app.aot' ? '-XX:AOTCache=app.aot' : '-XX:SharedArchiveFile=app.jsa'
Process process = new ProcessBuilder(java, '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-XX:-UsePerfData',
    '-Xmx512m', option, mode, '-cp', 'app.jar', 'dev.switchboard.Main', 'invoke', 'hello', '--event', '{"name":"Ada"}')
    .directory(unzipped).redirectErrorStream(true).start()
String output = process.inputStream.text
assert process.waitFor() == 0 : output
assert output.contains('{"message":"Hello Ada!"}') : output

// The managed runtimes' wrapper, run as Lambda runs AWS_LAMBDA_EXEC_WRAPPER (with the runtime's own start
// command), serves one invocation from a Runtime API on loopback with the Java it was given.
Files.setPosixFilePermissions(new File(unzipped, 'switchboard-wrapper').toPath(), PosixFilePermissions.fromString('rwxr-xr-x'))
def server = com.sun.net.httpserver.HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
String posted = null
server.createContext('/2018-06-01/runtime/invocation/next') { exchange ->
  byte[] body = '{"name":"Managed"}'.bytes
  exchange.responseHeaders.add('Lambda-Runtime-Aws-Request-Id', 'req-1')
  exchange.responseHeaders.add('Lambda-Runtime-Deadline-Ms', Long.toString(System.currentTimeMillis() + 60000))
  exchange.responseHeaders.add('Lambda-Runtime-Invoked-Function-Arn', 'arn:aws:lambda:eu-west-1:123456789012:function:hello')
  exchange.sendResponseHeaders(200, body.length)
  exchange.responseBody.withCloseable { it.write(body) }
}
server.createContext('/2018-06-01/runtime/invocation/req-1/response') { exchange ->
  posted = exchange.requestBody.text
  exchange.sendResponseHeaders(202, -1)
  exchange.close()
}
server.start()
try {
  ProcessBuilder wrapper = new ProcessBuilder('./switchboard-wrapper', java, '-XX:+TieredCompilation', '-cp',
      '/var/runtime/lib/*', 'com.amazonaws.services.lambda.runtime.api.client.AWSLambda', 'hello')
      .directory(unzipped).redirectErrorStream(true)
  wrapper.environment().putAll([AWS_LAMBDA_RUNTIME_API: '127.0.0.1:' + server.address.port, _HANDLER: 'hello',
      SWITCHBOARD_MAX_INVOCATIONS: '1', LAMBDA_TASK_ROOT: unzipped.path])
  Process managed = wrapper.start()
  String managedOutput = managed.inputStream.text
  assert managed.waitFor() == 0 : managedOutput
  assert posted == '{"message":"Hello Managed!"}' : "posted ${posted}; output: ${managedOutput}"
} finally {
  server.stop(0)
}
return true
