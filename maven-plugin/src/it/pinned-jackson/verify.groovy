// The shaded jar holds Jackson 2.17.2, as the project's dependency management asked, and the runtime
// serves handlers of every codec kind on it: the streaming codecs (Map), a generated codec (records)
// and databind's tree (JsonNode).
import java.util.zip.ZipFile

File jar = new File(basedir, 'target/pinned-1.0.jar')
assert jar.isFile() : "no ${jar}"
new ZipFile(jar).withCloseable { zip ->
  def entry = zip.getEntry('META-INF/maven/com.fasterxml.jackson.core/jackson-core/pom.properties')
  assert entry != null : 'no jackson-core in the jar'
  String properties = zip.getInputStream(entry).text
  assert properties.contains('version=2.17.2') : properties
}

String java = System.getProperty('java.home') + '/bin/java'
def invoke = { String handler, String event ->
  Process process = new ProcessBuilder(java, '-jar', jar.path, 'invoke', handler, '--event', event)
      .redirectErrorStream(false).start()
  String out = process.inputStream.getText('UTF-8')
  String err = process.errorStream.getText('UTF-8')
  assert process.waitFor() == 0 : "${handler}: ${out} ${err}"
  return out.trim()
}

// A character beyond the Basic Multilingual Plane: jackson 2.17 writes it as an escaped surrogate
// pair (2.18 and later as UTF-8); either reads back as the same text.
String hello = invoke('hello', '{"name":"Ada \\uD83D\\uDE00"}')
assert hello.equalsIgnoreCase('{"message":"Hello Ada \\ud83d\\ude00!"}') || hello == '{"message":"Hello Ada \uD83D\uDE00!"}' : hello

String order = invoke('order', '{"id":"o-1","items":[{"sku":"a","quantity":2,"price":3.5},{"sku":"b","quantity":1,"price":10.25}],"tags":{"k":"v"}}')
assert order == '{"id":"o-1","items":3,"total":17.25}' : order

String tree = invoke('tree', '{"inner":{"a":[1,2.5,"x",null,true]}}')
assert tree == '{"a":[1,2.5,"x",null,true]}' : tree

// Malformed JSON is still an event error that says where it broke.
Process bad = new ProcessBuilder(java, '-jar', jar.path, 'invoke', 'order', '--event', '{"id": tru}').start()
String badOut = bad.inputStream.getText('UTF-8')
bad.errorStream.text
assert bad.waitFor() != 0 : badOut
assert badOut.contains('Runtime.UnmarshalError') && badOut.contains('line 1, column') : badOut
return true
