package dev.switchboard.processor.codecs;

import dev.switchboard.processor.diag.Names;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/**
 * How one Java type binds to JSON in a generated codec: the shape the codec writer turns into
 * reading and writing code. {@link JsonTypeAnalyzer} builds it from a {@code TypeMirror}.
 */
sealed interface JsonType {
  /** The Java type as generated code declares it ({@code int}, {@code List<Order.Item>}). */
  TypeName javaType();

  /** A scalar read and written by the runtime's {@code JsonScalars}, {@code JsonTimes} or {@code JsonUntyped}. */
  record Scalar(ScalarKind kind, TypeName javaType) implements JsonType {
    boolean primitive() {
      return javaType.isPrimitive();
    }
  }

  /** A record, POJO or enum with a generated codec class of its own. */
  record Named(ClassName codec, TypeName javaType) implements JsonType {}

  /** A {@code List}, {@code Set}, {@code Collection} or array of elements. */
  record Sequence(SequenceKind kind, JsonType element, TypeName javaType, ClassName implementation)
      implements JsonType {}

  /**
   * A {@code Map<String, V>}; null values are left out when written, as the runtime's databind does,
   * unless {@code writeNullValues} (AWS's settings for aws-lambda-java-events classes write them).
   */
  record Dictionary(JsonType value, TypeName javaType, ClassName implementation, boolean writeNullValues)
      implements JsonType {}

  /** An {@code Optional<T>}: empty reads from null or a missing property, and writes as null. */
  record Optional(JsonType value, TypeName javaType) implements JsonType {}

  enum SequenceKind {
    COLLECTION,
    ARRAY
  }

  /** The scalars, with the runtime method that reads each (boxed and primitive where they differ). */
  enum ScalarKind {
    STRING("JsonScalars", "readString", "readString"),
    BOOLEAN("JsonScalars", "readBooleanOrNull", "readBoolean"),
    BYTE("JsonScalars", "readByteOrNull", "readByte"),
    SHORT("JsonScalars", "readShortOrNull", "readShort"),
    INT("JsonScalars", "readIntOrNull", "readInt"),
    LONG("JsonScalars", "readLongOrNull", "readLong"),
    FLOAT("JsonScalars", "readFloatOrNull", "readFloat"),
    DOUBLE("JsonScalars", "readDoubleOrNull", "readDouble"),
    BIG_INTEGER("JsonScalars", "readBigInteger", "readBigInteger"),
    BIG_DECIMAL("JsonScalars", "readBigDecimal", "readBigDecimal"),
    BYTES("JsonScalars", "readBytes", "readBytes"),
    UNTYPED("JsonUntyped", "read", "read"),
    INSTANT("JsonTimes", "readInstant", "readInstant"),
    OFFSET_DATE_TIME("JsonTimes", "readOffsetDateTime", "readOffsetDateTime"),
    LOCAL_DATE("JsonTimes", "readLocalDate", "readLocalDate"),
    LOCAL_DATE_TIME("JsonTimes", "readLocalDateTime", "readLocalDateTime"),
    LOCAL_TIME("JsonTimes", "readLocalTime", "readLocalTime"),
    /** {@code java.util.Date} in aws-lambda-java-events classes: seconds since the epoch. */
    AWS_DATE("aws", "AwsValues", "readDate", "readDate"),
    /** {@code java.nio.ByteBuffer} in aws-lambda-java-events classes: base64. */
    AWS_BYTE_BUFFER("aws", "AwsValues", "readByteBuffer", "readByteBuffer"),
    /** An enum in aws-lambda-java-events classes: by name, unknown names as null. */
    AWS_ENUM("aws", "AwsValues", "readEnum", "readEnum"),
    /** Joda's {@code DateTime} in aws-lambda-java-events classes: ISO-8601. */
    AWS_JODA_DATE_TIME("aws", "AwsJoda", "readDateTime", "readDateTime");

    final ClassName helper;
    final String boxedReader;
    final String primitiveReader;

    ScalarKind(String helper, String boxedReader, String primitiveReader) {
      this(null, helper, boxedReader, primitiveReader);
    }

    ScalarKind(String subpackage, String helper, String boxedReader, String primitiveReader) {
      this.helper = ClassName.get(subpackage == null ? Names.INTERNAL_JSON : Names.INTERNAL_JSON + "." + subpackage, helper);
      this.boxedReader = boxedReader;
      this.primitiveReader = primitiveReader;
    }
  }
}
