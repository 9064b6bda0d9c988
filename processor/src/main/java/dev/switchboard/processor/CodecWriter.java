package dev.switchboard.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes one codec class per record, POJO and enum a handler binds: a {@code Codec} on jackson-core's
 * streaming API with static {@code readValue}/{@code writeValue} methods that other codecs call
 * directly. The class lives in the bound type's package, so it can use package-private members.
 */
final class CodecWriter {
  private static final ClassName CODEC = ClassName.get(Names.INTERNAL, "Codec");
  private static final ClassName ENUM_LOOKUP = ClassName.get(Names.INTERNAL, "JsonEnumLookup");
  private static final ClassName BEANS = ClassName.get(Names.INTERNAL, "JsonBeans");
  private static final ClassName SERIALIZED_STRING = ClassName.get("com.fasterxml.jackson.core.io", "SerializedString");
  private static final ClassName JSON_TOKEN = ValueCode.JSON_TOKEN;
  private static final ClassName MISMATCH = ValueCode.MISMATCH;
  /** Names the generated methods use for their own variables. */
  private static final Set<String> RESERVED = Set.of("parser", "generator", "name", "token", "value", "seen", "bean");

  private final Filer filer;
  private final boolean generatedAnnotationAvailable;

  CodecWriter(Filer filer, boolean generatedAnnotationAvailable) {
    this.filer = filer;
    this.generatedAnnotationAvailable = generatedAnnotationAvailable;
  }

  void write(BeanModel bean, List<? extends Element> origins) throws IOException {
    build(bean, origins).writeTo(filer);
  }

  void write(EnumModel model, List<? extends Element> origins) throws IOException {
    build(model, origins).writeTo(filer);
  }

  JavaFile build(BeanModel bean, List<? extends Element> origins) {
    ClassName type = ClassName.get(bean.type());
    ValueCode values = new ValueCode();
    TypeSpec.Builder codec = header(bean.codec(), type, origins, bean.type().getKind().name().toLowerCase(Locale.ROOT));

    Set<String> constants = new HashSet<>();
    List<String> fieldNames = new ArrayList<>();
    for (BeanModel.Property property : bean.properties()) {
      String constant = null;
      if (property.writable()) {
        constant = unique(constantName(property.name()), constants);
        codec.addField(FieldSpec.builder(SERIALIZED_STRING, constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("new $T($S)", SERIALIZED_STRING, property.name())
            .build());
      }
      fieldNames.add(constant);
    }
    codec.addMethod(readMethod(bean, type, values, codec));
    codec.addMethod(writeMethod(bean, type, values, fieldNames));
    codec.addMethods(values.helpers());
    return file(bean.codec(), codec);
  }

  JavaFile build(EnumModel model, List<? extends Element> origins) {
    ClassName type = ClassName.get(model.type());
    TypeSpec.Builder codec = header(model.codec(), type, origins, "enum");
    CodeBlock.Builder names = CodeBlock.builder().add("new String[] {");
    CodeBlock.Builder aliases = CodeBlock.builder().add("new String[][] {");
    for (int i = 0; i < model.constants().size(); i++) {
      String separator = i == 0 ? "" : ", ";
      if (model.valueMethod() != null) {
        names.add("$L$T.$L.$L()", separator, type, model.constants().get(i), model.valueMethod());
      } else {
        names.add("$L$S", separator, model.jsonNames().get(i));
      }
      aliases.add("$L{", separator);
      List<String> constantAliases = model.aliases().get(i);
      for (int j = 0; j < constantAliases.size(); j++) {
        aliases.add("$L$S", j == 0 ? "" : ", ", constantAliases.get(j));
      }
      aliases.add("}");
    }
    codec.addField(FieldSpec.builder(ParameterizedTypeName.get(ENUM_LOOKUP, type), "LOOKUP",
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("new $T<>($T.values(), $L, $L)", ENUM_LOOKUP, type, names.add("}").build(), aliases.add("}").build())
        .build());
    MethodSpec.Builder write = writeSignature(type)
        .beginControlFlow("if (value == null)")
        .addStatement("generator.writeNull()")
        .addStatement("return")
        .endControlFlow();
    if (model.valueMethod() != null) {
      write.addStatement("String json = value.$L()", model.valueMethod())
          .beginControlFlow("if (json == null)")
          .addStatement("generator.writeNull()")
          .nextControlFlow("else")
          .addStatement("generator.writeString(json)")
          .endControlFlow();
    } else {
      CodeBlock.Builder serialized = CodeBlock.builder().add("{");
      for (int i = 0; i < model.jsonNames().size(); i++) {
        serialized.add("$Lnew $T($S)", i == 0 ? "" : ", ", SERIALIZED_STRING, model.jsonNames().get(i));
      }
      codec.addField(FieldSpec.builder(ArrayTypeName.of(SERIALIZED_STRING), "NAMES",
              Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer(serialized.add("}").build())
          .build());
      write.addStatement("generator.writeString(NAMES[value.ordinal()])");
    }
    codec.addMethod(readSignature(type).addStatement("return LOOKUP.read(parser)").build());
    codec.addMethod(write.build());
    return file(model.codec(), codec);
  }

  private TypeSpec.Builder header(ClassName codecName, ClassName type, List<? extends Element> origins, String kind) {
    TypeSpec.Builder codec = TypeSpec.classBuilder(codecName)
        .addJavadoc("Reads and writes the $L {@link $T} as JSON with jackson-core's streaming API,\n", kind, type)
        .addJavadoc("binding it as the runtime's jackson-databind configuration does, with no reflection.\n")
        .addJavadoc("Generated by the Switchboard processor; do not edit.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(CODEC, type));
    if (generatedAnnotationAvailable) {
      codec.addAnnotation(AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
          .addMember("value", "$S", SwitchboardProcessor.class.getName())
          .build());
    }
    for (Element origin : origins) {
      codec.addOriginatingElement(origin);
    }
    codec.addField(FieldSpec.builder(codecName, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .initializer("new $T()", codecName)
        .build());
    codec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    codec.addMethod(MethodSpec.methodBuilder("typeName")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return $S", type.canonicalName())
        .build());
    codec.addMethod(MethodSpec.methodBuilder("read")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addParameter(ValueCode.JSON_PARSER, "parser")
        .addException(IOException.class)
        .addStatement("return readValue(parser)")
        .build());
    codec.addMethod(MethodSpec.methodBuilder("write")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(ValueCode.JSON_GENERATOR, "generator")
        .addParameter(type, "value")
        .addException(IOException.class)
        .addStatement("writeValue(generator, value)")
        .build());
    return codec;
  }

  private static MethodSpec.Builder readSignature(ClassName type) {
    return MethodSpec.methodBuilder("readValue")
        .addJavadoc("Reads a {@link $T}, or null; the parser is on the value's first token.\n", type)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(type)
        .addParameter(ValueCode.JSON_PARSER, "parser")
        .addException(IOException.class);
  }

  private static MethodSpec.Builder writeSignature(ClassName type) {
    return MethodSpec.methodBuilder("writeValue")
        .addJavadoc("Writes a {@link $T}, or null.\n", type)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(ValueCode.JSON_GENERATOR, "generator")
        .addParameter(type, "value")
        .addException(IOException.class);
  }

  private MethodSpec readMethod(BeanModel bean, ClassName type, ValueCode values, TypeSpec.Builder codec) {
    MethodSpec.Builder read = readSignature(type)
        .addStatement("$T token = parser.currentToken()", JSON_TOKEN)
        .beginControlFlow("if (token == $T.VALUE_NULL)", JSON_TOKEN)
        .addStatement("return null")
        .endControlFlow()
        .beginControlFlow("if (token != $T.START_OBJECT)", JSON_TOKEN)
        .addStatement("throw $T.at(parser, $S)", MISMATCH, "an object")
        .endControlFlow();

    // Creator parameters and buffered setter values are locals; a POJO without a creator is created first.
    Set<String> locals = new HashSet<>(RESERVED);
    List<String> parameterLocals = new ArrayList<>();
    List<String> bufferedLocals = new ArrayList<>();
    boolean created = bean.creatorParameters().isEmpty();
    if (created) {
      read.addStatement("$T bean = $L", type, creation(bean, type, List.of()));
    }
    for (BeanModel.CreatorParameter parameter : bean.creatorParameters()) {
      String local = unique(localName(parameter.javaName()), locals);
      parameterLocals.add(local);
      read.addStatement("$T $L = $L", parameter.type().javaType(), local, absentValue(parameter.type()));
    }
    for (BeanModel.Property property : bean.properties()) {
      if (property.readable() && property.creatorIndex() < 0 && !created) {
        String local = unique(localName(property.name()), locals);
        locals.add(local + "Set");
        bufferedLocals.add(local);
        read.addStatement("$T $L = $L", property.readType().javaType(), local, absentValue(property.readType()))
            .addStatement("boolean $LSet = false", local);
      } else {
        bufferedLocals.add(null);
      }
    }
    int creatorCount = bean.creatorParameters().size();
    if (creatorCount > 0) {
      long all = creatorCount == 64 ? -1L : (1L << creatorCount) - 1;
      codec.addField(FieldSpec.builder(long.class, "ALL_CREATOR_PROPERTIES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("One bit per creator parameter. Once all are read, databind creates the object, so a\n")
          .addJavadoc("creator property that appears again is an error.\n")
          .initializer("0x$LL", Long.toHexString(all))
          .build());
      read.addStatement("long seen = 0L");
    }

    read.beginControlFlow("for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName())")
        .addStatement("parser.nextToken()")
        .beginControlFlow("switch (name)");
    List<BeanModel.Property> properties = bean.properties();
    for (int i = 0; i < properties.size(); i++) {
      BeanModel.Property property = properties.get(i);
      if (!property.readable()) {
        continue;
      }
      List<String> labels = new ArrayList<>();
      labels.add(property.name());
      labels.addAll(property.aliases());
      for (String label : labels) {
        read.addCode("case $S:\n", label);
      }
      read.addCode("$>");
      CodeBlock value = values.read(property.readType());
      if (property.creatorIndex() >= 0) {
        read.beginControlFlow("if (seen == ALL_CREATOR_PROPERTIES)")
            .addStatement("throw $T.repeated(parser, $S)", BEANS, type.simpleName())
            .endControlFlow()
            .addStatement("$L = $L", parameterLocals.get(property.creatorIndex()), value)
            .addStatement("seen |= 0x$LL", Long.toHexString(1L << property.creatorIndex()));
      } else if (created) {
        read.addCode(mutate(property, "bean", value));
      } else {
        String local = bufferedLocals.get(i);
        read.addStatement("$L = $L", local, value).addStatement("$LSet = true", local);
      }
      read.addStatement("break").addCode("$<");
    }
    read.addCode("default:\n$>").addStatement("parser.skipChildren()").addCode("$<")
        .endControlFlow()
        .endControlFlow();

    if (created) {
      read.addStatement("return bean");
    } else if (bufferedLocals.stream().allMatch(java.util.Objects::isNull)) {
      read.addStatement("return $L", creation(bean, type, parameterLocals));
    } else {
      read.addStatement("$T bean = $L", type, creation(bean, type, parameterLocals));
      for (int i = 0; i < properties.size(); i++) {
        String local = bufferedLocals.get(i);
        if (local != null) {
          read.beginControlFlow("if ($LSet)", local)
              .addCode(mutate(properties.get(i), "bean", CodeBlock.of("$L", local)))
              .endControlFlow();
        }
      }
      read.addStatement("return bean");
    }
    return read.build();
  }

  private static CodeBlock creation(BeanModel bean, ClassName type, List<String> arguments) {
    String args = String.join(", ", arguments);
    if (bean.factory()) {
      return CodeBlock.of("$T.$L($L)", type, bean.creator().getSimpleName(), args);
    }
    return CodeBlock.of("new $T($L)", type, args);
  }

  private static CodeBlock mutate(BeanModel.Property property, String bean, CodeBlock value) {
    if (property.mutatorIsField()) {
      return CodeBlock.of("$L.$L = $L;\n", bean, property.mutator(), value);
    }
    return CodeBlock.of("$L.$L($L);\n", bean, property.mutator(), value);
  }

  /** What a creator parameter gets when its property is missing: databind's absent value. */
  private static CodeBlock absentValue(JsonType type) {
    TypeName name = type.javaType();
    if (name.isPrimitive()) {
      if (name.equals(TypeName.BOOLEAN)) {
        return CodeBlock.of("false");
      }
      if (name.equals(TypeName.BYTE) || name.equals(TypeName.SHORT)) {
        return CodeBlock.of("($T) 0", name);
      }
      return CodeBlock.of(name.equals(TypeName.LONG) ? "0L" : name.equals(TypeName.FLOAT) ? "0f"
          : name.equals(TypeName.DOUBLE) ? "0d" : "0");
    }
    if (type instanceof JsonType.Optional) {
      return CodeBlock.of("$T.empty()", ValueCode.OPTIONAL);
    }
    return CodeBlock.of("null");
  }

  private MethodSpec writeMethod(BeanModel bean, ClassName type, ValueCode values, List<String> fieldNames) {
    MethodSpec.Builder write = writeSignature(type)
        .beginControlFlow("if (value == null)")
        .addStatement("generator.writeNull()")
        .addStatement("return")
        .endControlFlow()
        .addStatement("generator.writeStartObject(value)");
    Set<String> locals = new HashSet<>(RESERVED);
    List<BeanModel.Property> properties = bean.properties();
    for (int i = 0; i < properties.size(); i++) {
      BeanModel.Property property = properties.get(i);
      if (!property.writable()) {
        continue;
      }
      String local = unique(localName(property.name()), locals);
      CodeBlock access = property.accessorIsField()
          ? CodeBlock.of("value.$L", property.accessor())
          : CodeBlock.of("value.$L()", property.accessor());
      write.addStatement("$T $L = $L", property.writeType().javaType(), local, access);
      CodeBlock field = CodeBlock.of("generator.writeFieldName($L);\n", fieldNames.get(i));
      if (!ValueCode.nullable(property.writeType())) {
        write.addCode(field).addCode(values.writeNonNull(property.writeType(), local));
      } else if (property.writeNulls()) {
        write.addCode(field)
            .beginControlFlow("if ($L == null)", local)
            .addStatement("generator.writeNull()")
            .nextControlFlow("else")
            .addCode(values.writeNonNull(property.writeType(), local))
            .endControlFlow();
      } else {
        write.beginControlFlow("if ($L != null)", local)
            .addCode(field)
            .addCode(values.writeNonNull(property.writeType(), local))
            .endControlFlow();
      }
    }
    return write.addStatement("generator.writeEndObject()").build();
  }

  private JavaFile file(ClassName name, TypeSpec.Builder codec) {
    return JavaFile.builder(name.packageName(), codec.build())
        .addFileComment("Generated by the Switchboard processor. Do not edit.")
        .skipJavaLangImports(true)
        .build();
  }

  /** {@code "order_id"} gives {@code ORDER_ID}; {@code "receivedAt"} gives {@code RECEIVED_AT}. */
  static String constantName(String jsonName) {
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < jsonName.length(); i++) {
      char c = jsonName.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(jsonName.charAt(i - 1))) {
        name.append('_');
      }
      name.append(Character.isLetterOrDigit(c) && c < 128 ? Character.toUpperCase(c) : '_');
    }
    if (name.length() == 0 || !Character.isLetter(name.charAt(0))) {
      name.insert(0, "NAME_");
    }
    return name.toString();
  }

  /** A local variable for a property: its JSON name when that is a Java identifier. */
  static String localName(String jsonName) {
    StringBuilder name = new StringBuilder();
    boolean upper = false;
    for (int i = 0; i < jsonName.length(); i++) {
      char c = jsonName.charAt(i);
      if (Character.isLetterOrDigit(c) && c < 128) {
        name.append(upper && name.length() > 0 ? Character.toUpperCase(c) : c);
        upper = false;
      } else {
        upper = true;
      }
    }
    if (name.length() == 0 || !Character.isLetter(name.charAt(0))) {
      name.insert(0, "property");
    }
    String candidate = name.toString();
    return SourceVersion.isKeyword(candidate) ? candidate + "_" : candidate;
  }

  private static String unique(String base, Set<String> taken) {
    String candidate = base;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = base + n;
    }
    return candidate;
  }
}
