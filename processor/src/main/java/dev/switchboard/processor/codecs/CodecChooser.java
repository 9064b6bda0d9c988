package dev.switchboard.processor.codecs;

import dev.switchboard.internal.json.aws.AwsEventRules;
import dev.switchboard.processor.diag.Names;
import dev.switchboard.processor.handlers.CodecModel;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
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
public final class CodecChooser {
  static final ClassName CODEC = ClassName.get(Names.INTERNAL_JSON, "Codec");
  static final ClassName CODECS = ClassName.get(Names.INTERNAL_JSON, "Codecs");
  static final ClassName DATABIND_CODEC = ClassName.get(Names.INTERNAL_JSON, "DatabindCodec");
  private static final ClassName AWS_S3_CODECS = ClassName.get(Names.INTERNAL_JSON + ".aws", "AwsS3Codecs");

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

  public CodecChooser(Types types) {
    this(types, null);
  }

  public CodecChooser(Types types, JsonTypeAnalyzer analyzer) {
    this.types = types;
    this.analyzer = analyzer;
  }

  /** Why a record or POJO in {@code type} is bound by databind rather than a generated codec, or {@code null}. */
  public Unsupported whyDatabind(TypeMirror type) {
    return fallbacks.get(type.toString());
  }

  /** The codec of a result type; {@code void} writes {@code null}. */
  public CodecModel forResult(TypeMirror type) {
    if (type.getKind() == TypeKind.VOID) {
      return new CodecModel(CodeBlock.of("$T.VOID", CODECS), CodecModel.STREAMING);
    }
    return forEvent(type);
  }

  /** The codec of an event type. */
  public CodecModel forEvent(TypeMirror type) {
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
    return new CodecModel(streaming.code, usedGenerated ? CodecModel.GENERATED : CodecModel.STREAMING);
  }

  /** The type a handler class names for {@code type}: boxed, and {@code Void} for {@code void}. */
  static TypeName boxed(TypeMirror type) {
    if (type.getKind() == TypeKind.VOID) {
      return ClassName.get(Void.class);
    }
    return TypeName.get(type).box();
  }

  /**
   * A streaming codec expression, and the type it reads and writes. Generic factory calls carry
   * explicit type arguments ({@code Codecs.<Object>map(Codecs.OBJECT)}): javac then has nothing to
   * infer, which makes a large table markedly cheaper to compile. The table takes any {@code Codec<?>},
   * so a codec of {@code List<Number>} serves {@code List<? extends Number>} as it is.
   */
  private record Streaming(CodeBlock code, TypeName type) {}

  private Streaming streaming(TypeMirror type) throws Unsupported {
    if (type.getKind().isPrimitive()) {
      TypeMirror box = types.boxedClass(types.getPrimitiveType(type.getKind())).asType();
      String constant = SCALARS.get(box.toString());
      if (constant == null) {
        return null;
      }
      TypeName boxed = TypeName.get(box);
      return new Streaming(CodeBlock.of("$T.<$T>primitive($T.$L, $L, $S)",
          CODECS, boxed, CODECS, constant, defaultValue(type.getKind()), type.toString()), boxed);
    }
    if (type.getKind() == TypeKind.ARRAY) {
      TypeMirror component = ((ArrayType) type).getComponentType();
      return component.getKind() == TypeKind.BYTE
          ? new Streaming(CodeBlock.of("$T.BYTES", CODECS), TypeName.get(type))
          : null;
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    DeclaredType declared = (DeclaredType) type;
    String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
    List<? extends TypeMirror> args = declared.getTypeArguments();
    if (SCALARS.containsKey(name)) {
      return new Streaming(CodeBlock.of("$T.$L", CODECS, SCALARS.get(name)), ClassName.get((TypeElement) declared.asElement()));
    }
    if (name.equals(Names.JSON_NODE)) {
      return new Streaming(CodeBlock.of("$T.jsonNode()", CODECS), ClassName.bestGuess(Names.JSON_NODE));
    }
    if (COLLECTIONS.containsKey(name)) {
      Streaming element = args.isEmpty() ? object() : argument(args.get(0));
      if (element == null) {
        return null;
      }
      ClassName collection = ClassName.get((TypeElement) declared.asElement());
      return new Streaming(CodeBlock.of("$T.<$T>$L($L)", CODECS, element.type, COLLECTIONS.get(name), element.code),
          ParameterizedTypeName.get(collection, element.type));
    }
    if (name.equals("java.util.Map")) {
      if (!args.isEmpty() && !args.get(0).toString().equals("java.lang.String")) {
        return null;
      }
      Streaming value = args.isEmpty() ? object() : argument(args.get(1));
      if (value == null) {
        return null;
      }
      return new Streaming(CodeBlock.of("$T.<$T>map($L)", CODECS, value.type, value.code),
          ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), value.type));
    }
    if (analyzer != null && name.startsWith(AwsEventRules.EVENTS_PACKAGE + ".")) {
      // aws-lambda-java-events classes bind by AWS's rules: a generated codec when the generator covers
      // every class the event reaches, else the runtime's databind path, which applies the same rules.
      AwsEventRules.Event event = AwsEventRules.get().event(name);
      if (event != null && event.s3()) {
        // The events the table reads in S3's own format, not by bean rules: the runtime's codec on
        // jackson-core, S3_EVENT or S3_EVENT_NOTIFICATION after the class.
        usedGenerated = true;
        return new Streaming(CodeBlock.of("$T.$L", AWS_S3_CODECS,
            name.endsWith(".S3Event") ? "S3_EVENT" : "S3_EVENT_NOTIFICATION"), TypeName.get(type));
      }
      try {
        JsonType.Named named = analyzer.awsRoot(type);
        usedGenerated = true;
        return new Streaming(CodeBlock.of("$T.INSTANCE", named.codec()), TypeName.get(type));
      } catch (Unsupported e) {
        return null;
      }
    }
    if (analyzer != null && JsonTypeAnalyzer.isApplicationType(type)) {
      JsonType.Named named = analyzer.root(type);
      usedGenerated = true;
      return new Streaming(CodeBlock.of("$T.INSTANCE", named.codec()), TypeName.get(type));
    }
    return null;
  }

  private static Streaming object() {
    return new Streaming(CodeBlock.of("$T.OBJECT", CODECS), ClassName.OBJECT);
  }

  /** A type argument: {@code ?} and {@code ? extends X} read as {@code Object} and {@code X}. */
  private Streaming argument(TypeMirror arg) throws Unsupported {
    if (arg.getKind() == TypeKind.WILDCARD) {
      WildcardType wildcard = (WildcardType) arg;
      if (wildcard.getSuperBound() != null) {
        return null;
      }
      return wildcard.getExtendsBound() == null ? object() : streaming(wildcard.getExtendsBound());
    }
    return arg.getKind().isPrimitive() ? null : streaming(arg);
  }

  /**
   * A jackson-databind codec. A generic type is spelled with class literals
   * ({@code DatabindCodec.type(List.class, DatabindCodec.type(Order.class))}) rather than a
   * {@code TypeReference}, which would be an anonymous class for javac to compile and the JVM to load.
   */
  private CodecModel databind(TypeMirror type) {
    TypeName name = boxed(type);
    CodeBlock code;
    if (types.isSameType(types.erasure(type), type)) {
      code = CodeBlock.of("$T.<$T>of($T.class)", DATABIND_CODEC, name, types.erasure(type));
    } else {
      code = CodeBlock.of("$T.<$T>of($L)", DATABIND_CODEC, name, javaType(type));
    }
    return new CodecModel(code, CodecModel.DATABIND);
  }

  /** The expression that builds databind's {@code JavaType} for a type; a wildcard is its bound, as databind reads it. */
  private CodeBlock javaType(TypeMirror type) {
    switch (type.getKind()) {
      case ARRAY:
        return CodeBlock.of("$T.arrayOf($L)", DATABIND_CODEC, javaType(((ArrayType) type).getComponentType()));
      case WILDCARD:
        TypeMirror bound = ((WildcardType) type).getExtendsBound();
        return bound != null ? javaType(bound) : CodeBlock.of("$T.type($T.class)", DATABIND_CODEC, Object.class);
      case DECLARED:
        CodeBlock.Builder code = CodeBlock.builder().add("$T.type($T.class", DATABIND_CODEC, types.erasure(type));
        for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
          code.add(",$W$L", javaType(argument));
        }
        return code.add(")").build();
      default:
        return CodeBlock.of("$T.type($T.class)", DATABIND_CODEC, TypeName.get(type));
    }
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
