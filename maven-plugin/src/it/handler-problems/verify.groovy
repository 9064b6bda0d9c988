import java.util.zip.ZipFile

String log = new File(basedir, 'build.log').text
// package: two handlers and no training handler, so no archive, and the parameter to set.
assert log.contains('[SB051] The jar has 2 handlers (greet, orders-create)') : log
assert log.contains('-Dswitchboard.training.handler=greet')
File zip = new File(basedir, 'app/target/app-1.0-lambda.zip')
new ZipFile(zip).withCloseable { file ->
  assert file.entries().collect { it.name } == ['bootstrap', 'switchboard-wrapper', 'app.jar']
}
// check: both jars named for the duplicate, the closest name for the misspelled Handler, and the
// Python function left alone.
assert log.contains("[SB055] Handler 'greet' is defined by two jars on the runtime class path: this project's target/classes (com.example:app) and lib-1.0.jar (com.example:lib)") : log
assert log.contains("[SB056] template.yaml:19: function OrdersFunction has Handler 'order-create', which no handler manifest on the runtime class path names; did you mean 'orders-create'?") : log
assert !log.contains("'app.handler'")
// The template the check read is one that SAM accepts (cfn-lint also runs SAM's transform).
Process lint = new ProcessBuilder('cfn-lint', 'app/template.yaml').directory(basedir).redirectErrorStream(true).start()
String lintOutput = lint.inputStream.text
assert lint.waitFor() == 0 : "cfn-lint: " + lintOutput
return true
