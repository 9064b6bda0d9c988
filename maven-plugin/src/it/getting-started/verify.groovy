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
  assert file.entries().collect { it.name } == ['bootstrap', 'app.jar', archive]
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
return true
