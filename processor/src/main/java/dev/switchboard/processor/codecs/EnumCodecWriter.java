package dev.switchboard.processor.codecs;

import dev.switchboard.processor.diag.Names;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes the codec of an enum: a {@code JsonEnumLookup} of its JSON names and aliases for reading,
 * its names (or its {@code @JsonValue}) for writing.
 */
final class EnumCodecWriter {
  private static final ClassName ENUM_LOOKUP = ClassName.get(Names.INTERNAL_JSON, "JsonEnumLookup");

  private EnumCodecWriter() {}

  static JavaFile build(CodecWriter writer, EnumModel model, List<? extends Element> origins) {
    ClassName type = ClassName.get(model.type());
    TypeSpec.Builder codec = writer.header(model.codec(), type, origins, "enum");
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
    MethodSpec.Builder write = CodecWriter.writeSignature(type)
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
        serialized.add("$Lnew $T($S)", i == 0 ? "" : ", ", CodecWriter.SERIALIZED_STRING, model.jsonNames().get(i));
      }
      codec.addField(FieldSpec.builder(ArrayTypeName.of(CodecWriter.SERIALIZED_STRING), "NAMES",
              Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer(serialized.add("}").build())
          .build());
      write.addStatement("generator.writeString(NAMES[value.ordinal()])");
    }
    codec.addMethod(CodecWriter.readSignature(type).addStatement("return LOOKUP.read(parser)").build());
    codec.addMethod(write.build());
    return writer.file(model.codec(), codec);
  }
}
