package dev.switchboard.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Types;

/**
 * Chooses, at compile time, the codec of each event and result type: the runtime's streaming codecs
 * for JSON-natural types ({@code Object}, {@code Map<String, V>}, {@code List<E>}, strings, numbers,
 * booleans, {@code byte[]}, {@code JsonNode}), generated codecs for the application's records, POJOs
 * and enums ({@link JsonTypeAnalyzer}), jackson-databind for everything else. A type is streaming
 * only when every part of it is; otherwise databind binds it whole, so its error paths start at the
 * root. When a record or POJO falls back to databind, {@link #whyDatabind} says why.
 */
final class CodecChooser {
  static final ClassName CODEC = ClassName.get(Names.INTERNAL, "Codec");
  static final ClassName CODECS = ClassName.get(Names.INTERNAL, "Codecs");
  static final ClassName DATABIND_CODEC = ClassName.get(Names.INTERNAL, "DatabindCodec");
  static final ClassName TYPE_REFERENCE = ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");

  private static final Map<String, String> SCALARS = Map.ofEntries(
      Map.entry("java.lang.Object", "OBJECT"),
      Map.entry("java.lang.String", "STRING"),
      Map.entry("java.lang.CharSequence", "CHAR_SEQUENCE"),
      Map.entry("java.lang.Boolean", "BOOLEAN"),
      Map.entry("java.lang.Byte", "BYTE"),
      Map.entry("java.lang.Short", "SHORT"),
      Map.entry("java.lang.Integer", "INTEGER"),
      Map.entry("java.lang.Long", "LONG"),
      Map.entry("java.lang.Float", "FLOAT"),
      Map.entry("java.lang.Double", "DOUBLE"),
      Map.entry("java.math.BigInteger", "BIG_INTEGER"),
      Map.entry("java.math.BigDecimal", "BIG_DECIMAL"));

  private static final Map<String, String> COLLECTIONS = Map.of(
      "java.util.List", "list",
      "java.util.Collection", "collection",
      "java.util.Set", "set");

  private final Types types;
  /** {@code null} when codecs are not generated ({@code -Aswitchboard.json=databind}). */
  private final JsonTypeAnalyzer analyzer;
  private final Map<String, Unsupported> fallbacks = new java.util.HashMap<>();
  private boolean usedGenerated;

  CodecChooser(Types types) {
    this(types, null);
  }

  CodecChooser(Types types, JsonTypeAnalyzer analyzer) {
    this.types = types;
    this.analyzer = analyzer;
  }

  /** Why a record or POJO in {@code type} is bound by databind rather than a generated codec, or {@code null}. */
  Unsupported whyDatabind(TypeMirror type) {
    return fallbacks.get(type.toString());
  }

  /** The codec of a result type; {@code void} writes {@code null}. */
  CodecModel forResult(TypeMirror type) {
    if (type.getKind() == TypeKind.VOID) {
      return new CodecModel(CodeBlock.of("$T.VOID", CODECS), CodecModel.STREAMING);
    }
    return forEvent(type);
  }

  /** The codec of an event type. */
  CodecModel forEvent(TypeMirror type) {
    usedGenerated = false;
    Streaming streaming;
    try {
      streaming = streaming(type);
    } catch (Unsupported e) {
      fallbacks.putIfAbsent(type.toString(), e);
      streaming = null;
    }
    if (streaming == null) {
      return databind(type);
    }
    CodeBlock expression = streaming.exact
        ? streaming.code
        : CodeBlock.of("$T.cast($L)", CODECS, streaming.code);
    return new CodecModel(expression, usedGenerated ? CodecModel.GENERATED : CodecModel.STREAMING);
  }

  /** The type a handler class names for {@code type}: boxed, and {@code Void} for {@code void}. */
  static TypeName boxed(TypeMirror type) {
    if (type.getKind() == TypeKind.VOID) {
      return ClassName.get(Void.class);
    }
    return TypeName.get(type).box();
  }

  /** A streaming codec expression, and whether its static type is exactly the declared type. */
  private record Streaming(CodeBlock code, boolean exact) {}

  private Streaming streaming(TypeMirror type) throws Unsupported {
    if (type.getKind().isPrimitive()) {
      TypeMirror box = types.boxedClass(types.getPrimitiveType(type.getKind())).asType();
      String constant = SCALARS.get(box.toString());
      if (constant == null) {
        return null;
      }
      return new Streaming(CodeBlock.of("$T.primitive($T.$L, $L, $S)",
          CODECS, CODECS, constant, defaultValue(type.getKind()), type.toString()), true);
    }
    if (type.getKind() == TypeKind.ARRAY) {
      TypeMirror component = ((ArrayType) type).getComponentType();
      return component.getKind() == TypeKind.BYTE ? new Streaming(CodeBlock.of("$T.BYTES", CODECS), true) : null;
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    DeclaredType declared = (DeclaredType) type;
    String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
    List<? extends TypeMirror> args = declared.getTypeArguments();
    if (SCALARS.containsKey(name)) {
      return new Streaming(CodeBlock.of("$T.$L", CODECS, SCALARS.get(name)), true);
    }
    if (name.equals(Names.JSON_NODE)) {
      return new Streaming(CodeBlock.of("$T.jsonNode()", CODECS), true);
    }
    if (COLLECTIONS.containsKey(name)) {
      Streaming element = args.isEmpty() ? new Streaming(CodeBlock.of("$T.OBJECT", CODECS), false) : argument(args.get(0));
      if (element == null) {
        return null;
      }
      return new Streaming(
          CodeBlock.of("$T.$L($L)", CODECS, COLLECTIONS.get(name), element.code), element.exact && !args.isEmpty());
    }
    if (name.equals("java.util.Map")) {
      if (!args.isEmpty() && !args.get(0).toString().equals("java.lang.String")) {
        return null;
      }
      Streaming value = args.isEmpty() ? new Streaming(CodeBlock.of("$T.OBJECT", CODECS), false) : argument(args.get(1));
      if (value == null) {
        return null;
      }
      return new Streaming(CodeBlock.of("$T.map($L)", CODECS, value.code), value.exact && !args.isEmpty());
    }
    if (analyzer != null && JsonTypeAnalyzer.isApplicationType(type)) {
      JsonType.Named named = analyzer.root(type);
      usedGenerated = true;
      return new Streaming(CodeBlock.of("$T.INSTANCE", named.codec()), true);
    }
    return null;
  }

  /** A type argument: {@code ?} and {@code ? extends X} read as {@code Object} and {@code X}. */
  private Streaming argument(TypeMirror arg) throws Unsupported {
    if (arg.getKind() == TypeKind.WILDCARD) {
      WildcardType wildcard = (WildcardType) arg;
      if (wildcard.getSuperBound() != null) {
        return null;
      }
      Streaming bound = wildcard.getExtendsBound() == null
          ? new Streaming(CodeBlock.of("$T.OBJECT", CODECS), true)
          : streaming(wildcard.getExtendsBound());
      return bound == null ? null : new Streaming(bound.code, false);
    }
    return arg.getKind().isPrimitive() ? null : streaming(arg);
  }

  private CodecModel databind(TypeMirror type) {
    TypeName name = boxed(type);
    CodeBlock code;
    if (name instanceof ParameterizedTypeName) {
      TypeSpec reference = TypeSpec.anonymousClassBuilder("")
          .superclass(ParameterizedTypeName.get(TYPE_REFERENCE, name))
          .build();
      code = CodeBlock.of("$T.of($L)", DATABIND_CODEC, reference);
    } else {
      code = CodeBlock.of("$T.of($T.class)", DATABIND_CODEC, types.erasure(type));
    }
    return new CodecModel(code, CodecModel.DATABIND);
  }

  private static String defaultValue(TypeKind kind) {
    switch (kind) {
      case BOOLEAN:
        return "false";
      case BYTE:
        return "(byte) 0";
      case SHORT:
        return "(short) 0";
      case LONG:
        return "0L";
      case FLOAT:
        return "0f";
      case DOUBLE:
        return "0d";
      case CHAR:
        return "'\\0'";
      default:
        return "0";
    }
  }
}
