package dev.switchboard.processor.codecs;

import dev.switchboard.processor.diag.Names;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The code that reads and writes one {@link JsonType} inside a generated codec class: an expression
 * for scalars and named types, a call to a private helper method for collections, arrays and maps.
 * One instance per generated class collects the helpers that class needs, one per distinct type.
 */
final class ValueCode {
  static final ClassName JSON_PARSER = ClassName.get("com.fasterxml.jackson.core", "JsonParser");
  static final ClassName JSON_GENERATOR = ClassName.get("com.fasterxml.jackson.core", "JsonGenerator");
  static final ClassName JSON_TOKEN = ClassName.get("com.fasterxml.jackson.core", "JsonToken");
  static final ClassName MISMATCH = ClassName.get(Names.INTERNAL_JSON, "JsonMismatchException");
  static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
  private static final ClassName ARRAYS = ClassName.get("java.util", "Arrays");
  private static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
  private static final ClassName MAP_ENTRY = ClassName.get("java.util", "Map", "Entry");

  private final Map<String, MethodSpec> readers = new LinkedHashMap<>();
  private final Map<String, MethodSpec> writers = new LinkedHashMap<>();
  private final Map<String, String> helperNames = new LinkedHashMap<>();

  /** The helper methods generated so far, readers then writers. */
  List<MethodSpec> helpers() {
    List<MethodSpec> all = new ArrayList<>(readers.values());
    all.addAll(writers.values());
    return all;
  }

  /** An expression reading {@code type} with {@code parser} on the value (JSON null included). */
  CodeBlock read(JsonType type) {
    if (type instanceof JsonType.Scalar scalar && scalar.kind() == JsonType.ScalarKind.AWS_ENUM) {
      return CodeBlock.of("$T.readEnum(parser, $T.values())", scalar.kind().helper, scalar.javaType());
    }
    if (type instanceof JsonType.Scalar scalar) {
      return CodeBlock.of("$T.$L(parser)", scalar.kind().helper,
          scalar.primitive() ? scalar.kind().primitiveReader : scalar.kind().boxedReader);
    }
    if (type instanceof JsonType.Named named) {
      return CodeBlock.of("$T.readValue(parser)", named.codec());
    }
    if (type instanceof JsonType.Optional optional) {
      return CodeBlock.of("$T.ofNullable($L)", OPTIONAL, read(optional.value()));
    }
    return CodeBlock.of("$L(parser)", reader(type));
  }

  /** Statements writing a value that is not null, held in the variable {@code variable}. */
  CodeBlock writeNonNull(JsonType type, String variable) {
    if (type instanceof JsonType.Scalar scalar) {
      switch (scalar.kind()) {
        case STRING:
          return CodeBlock.of("generator.writeString($L);\n", variable);
        case BOOLEAN:
          return CodeBlock.of("generator.writeBoolean($L);\n", variable);
        case BYTES:
          return CodeBlock.of("generator.writeBinary($L);\n", variable);
        case UNTYPED:
          return CodeBlock.of("$T.write(generator, $L);\n", scalar.kind().helper, variable);
        case AWS_ENUM:
          return CodeBlock.of("generator.writeString($L.name());\n", variable);
        case AWS_DATE:
        case AWS_BYTE_BUFFER:
        case AWS_JODA_DATE_TIME:
        case INSTANT:
        case OFFSET_DATE_TIME:
        case LOCAL_DATE:
        case LOCAL_DATE_TIME:
        case LOCAL_TIME:
          return CodeBlock.of("$T.write(generator, $L);\n", scalar.kind().helper, variable);
        default:
          return CodeBlock.of("generator.writeNumber($L);\n", variable);
      }
    }
    if (type instanceof JsonType.Named named) {
      return CodeBlock.of("$T.writeValue(generator, $L);\n", named.codec(), variable);
    }
    if (type instanceof JsonType.Optional optional) {
      return CodeBlock.builder()
          .beginControlFlow("if ($L.isPresent())", variable)
          .add(writeNonNull(optional.value(), variable + ".get()"))
          .nextControlFlow("else")
          .addStatement("generator.writeNull()")
          .endControlFlow()
          .build();
    }
    return CodeBlock.of("$L(generator, $L);\n", writer(type), variable);
  }

  /** Whether values of the type can be null (and so need a check before writing). */
  static boolean nullable(JsonType type) {
    return !type.javaType().isPrimitive();
  }

  private String helperName(JsonType type) {
    String key = type.javaType().toString();
    String existing = helperNames.get(key);
    if (existing != null) {
      return existing;
    }
    String base = describe(type);
    String name = base;
    for (int n = 2; helperNames.containsValue(name); n++) {
      name = base + n;
    }
    helperNames.put(key, name);
    return name;
  }

  /** {@code ListOfItem}, {@code MapOfListOfString}, {@code IntArray}. */
  private static String describe(JsonType type) {
    if (type instanceof JsonType.Sequence sequence) {
      if (sequence.kind() == JsonType.SequenceKind.ARRAY) {
        return describe(sequence.element()) + "Array";
      }
      return ((ParameterizedTypeName) sequence.javaType()).rawType().simpleName() + "Of" + describe(sequence.element());
    }
    if (type instanceof JsonType.Dictionary dictionary) {
      return ((ParameterizedTypeName) dictionary.javaType()).rawType().simpleName() + "Of" + describe(dictionary.value());
    }
    if (type instanceof JsonType.Optional optional) {
      return "OptionalOf" + describe(optional.value());
    }
    TypeName name = type.javaType();
    if (name.isPrimitive()) {
      String primitive = name.toString();
      return Character.toUpperCase(primitive.charAt(0)) + primitive.substring(1);
    }
    if (name instanceof ArrayTypeName array) {
      return "Bytes";
    }
    return ((ClassName) name).simpleName();
  }

  private String reader(JsonType type) {
    String name = "read" + helperName(type);
    if (readers.containsKey(name)) {
      return name;
    }
    readers.put(name, null);
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(type.javaType())
        .addParameter(JSON_PARSER, "parser")
        .addException(IOException.class)
        .addStatement("$T token = parser.currentToken()", JSON_TOKEN)
        .beginControlFlow("if (token == $T.VALUE_NULL)", JSON_TOKEN)
        .addStatement("return null")
        .endControlFlow();
    if (type instanceof JsonType.Dictionary dictionary) {
      method.beginControlFlow("if (token != $T.START_OBJECT)", JSON_TOKEN)
          .addStatement("throw $T.at(parser, $S)", MISMATCH, "an object")
          .endControlFlow()
          .addStatement("$T values = new $T<>()", type.javaType(), dictionary.implementation())
          .beginControlFlow("for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName())")
          .addStatement("parser.nextToken()")
          .addStatement("values.put(key, $L)", read(dictionary.value()))
          .endControlFlow()
          .addStatement("return values");
    } else {
      JsonType.Sequence sequence = (JsonType.Sequence) type;
      method.beginControlFlow("if (token != $T.START_ARRAY)", JSON_TOKEN)
          .addStatement("throw $T.at(parser, $S)", MISMATCH, "an array")
          .endControlFlow();
      TypeName element = sequence.element().javaType();
      if (sequence.kind() == JsonType.SequenceKind.COLLECTION) {
        method.addStatement("$T values = new $T<>()", type.javaType(), sequence.implementation())
            .beginControlFlow("while (parser.nextToken() != $T.END_ARRAY)", JSON_TOKEN)
            .addStatement("values.add($L)", read(sequence.element()))
            .endControlFlow()
            .addStatement("return values");
      } else if (element.isPrimitive()) {
        method.addStatement("$T values = new $T[8]", type.javaType(), element)
            .addStatement("int size = 0")
            .beginControlFlow("while (parser.nextToken() != $T.END_ARRAY)", JSON_TOKEN)
            .beginControlFlow("if (size == values.length)")
            .addStatement("values = $T.copyOf(values, size * 2)", ARRAYS)
            .endControlFlow()
            .addStatement("values[size++] = $L", read(sequence.element()))
            .endControlFlow()
            .addStatement("return $T.copyOf(values, size)", ARRAYS);
      } else {
        method.addStatement("$T<$T> values = new $T<>()", ClassName.get(List.class), element, ARRAY_LIST)
            .beginControlFlow("while (parser.nextToken() != $T.END_ARRAY)", JSON_TOKEN)
            .addStatement("values.add($L)", read(sequence.element()))
            .endControlFlow()
            .addStatement("return values.toArray(new $T[0])", element);
      }
    }
    readers.put(name, method.build());
    return name;
  }

  private String writer(JsonType type) {
    String name = "write" + helperName(type);
    if (writers.containsKey(name)) {
      return name;
    }
    writers.put(name, null);
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(JSON_GENERATOR, "generator")
        .addParameter(type.javaType(), "values")
        .addException(IOException.class);
    if (type instanceof JsonType.Dictionary dictionary) {
      TypeName value = dictionary.value().javaType().box();
      if (dictionary.writeNullValues()) {
        method.addComment("Null values are written, as AWS's settings write them.")
            .addStatement("generator.writeStartObject(values)")
            .beginControlFlow("for ($T<String, $T> entry : values.entrySet())", MAP_ENTRY, value)
            .addStatement("$T value = entry.getValue()", value)
            .addStatement("generator.writeFieldName(entry.getKey())")
            .beginControlFlow("if (value == null)")
            .addStatement("generator.writeNull()")
            .nextControlFlow("else")
            .addCode(writeNonNull(dictionary.value(), "value"))
            .endControlFlow()
            .endControlFlow()
            .addStatement("generator.writeEndObject()");
      } else {
        method.addComment("Null values are left out, as databind leaves them out with NON_NULL inclusion.")
            .addStatement("generator.writeStartObject(values)")
            .beginControlFlow("for ($T<String, $T> entry : values.entrySet())", MAP_ENTRY, value)
            .addStatement("$T value = entry.getValue()", value)
            .beginControlFlow("if (value != null)")
            .addStatement("generator.writeFieldName(entry.getKey())")
            .addCode(writeNonNull(dictionary.value(), "value"))
            .endControlFlow()
            .endControlFlow()
            .addStatement("generator.writeEndObject()");
      }
    } else {
      JsonType element = ((JsonType.Sequence) type).element();
      method.addStatement("generator.writeStartArray()")
          .beginControlFlow("for ($T value : values)", element.javaType());
      if (nullable(element)) {
        method.beginControlFlow("if (value == null)")
            .addStatement("generator.writeNull()")
            .nextControlFlow("else")
            .addCode(writeNonNull(element, "value"))
            .endControlFlow();
      } else {
        method.addCode(writeNonNull(element, "value"));
      }
      method.endControlFlow().addStatement("generator.writeEndArray()");
    }
    writers.put(name, method.build());
    return name;
  }
}
