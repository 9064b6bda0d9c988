package dev.switchboard.processor.codecs;

import com.palantir.javapoet.ArrayTypeName;
import dev.switchboard.internal.json.aws.AwsEventRules;
import dev.switchboard.processor.diag.Names;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Decides, at compile time, how JSON binds to each record and POJO a handler takes or returns, and to
 * the types reachable from it: the model phase of codec generation. A type binds through a generated
 * codec only when all of it can be bound as databind binds it; otherwise {@link #root} says why, and
 * the handler keeps jackson-databind.
 */
public final class JsonTypeAnalyzer {
  private static final Map<String, JsonType.ScalarKind> SCALARS = Map.ofEntries(
      Map.entry("java.lang.String", JsonType.ScalarKind.STRING),
      Map.entry("java.lang.Boolean", JsonType.ScalarKind.BOOLEAN),
      Map.entry("java.lang.Byte", JsonType.ScalarKind.BYTE),
      Map.entry("java.lang.Short", JsonType.ScalarKind.SHORT),
      Map.entry("java.lang.Integer", JsonType.ScalarKind.INT),
      Map.entry("java.lang.Long", JsonType.ScalarKind.LONG),
      Map.entry("java.lang.Float", JsonType.ScalarKind.FLOAT),
      Map.entry("java.lang.Double", JsonType.ScalarKind.DOUBLE),
      Map.entry("java.math.BigInteger", JsonType.ScalarKind.BIG_INTEGER),
      Map.entry("java.math.BigDecimal", JsonType.ScalarKind.BIG_DECIMAL),
      Map.entry("java.lang.Object", JsonType.ScalarKind.UNTYPED),
      Map.entry("java.time.Instant", JsonType.ScalarKind.INSTANT),
      Map.entry("java.time.OffsetDateTime", JsonType.ScalarKind.OFFSET_DATE_TIME),
      Map.entry("java.time.LocalDate", JsonType.ScalarKind.LOCAL_DATE),
      Map.entry("java.time.LocalDateTime", JsonType.ScalarKind.LOCAL_DATE_TIME),
      Map.entry("java.time.LocalTime", JsonType.ScalarKind.LOCAL_TIME));

  /** Collection types, and the class databind creates for each. */
  private static final Map<String, String> COLLECTIONS = Map.ofEntries(
      Map.entry("java.util.List", "java.util.ArrayList"),
      Map.entry("java.util.Collection", "java.util.ArrayList"),
      Map.entry("java.util.ArrayList", "java.util.ArrayList"),
      Map.entry("java.util.LinkedList", "java.util.LinkedList"),
      Map.entry("java.util.Set", "java.util.HashSet"),
      Map.entry("java.util.HashSet", "java.util.HashSet"),
      Map.entry("java.util.LinkedHashSet", "java.util.LinkedHashSet"),
      Map.entry("java.util.SortedSet", "java.util.TreeSet"),
      Map.entry("java.util.NavigableSet", "java.util.TreeSet"),
      Map.entry("java.util.TreeSet", "java.util.TreeSet"));

  private static final Map<String, String> MAPS = Map.ofEntries(
      Map.entry("java.util.Map", "java.util.LinkedHashMap"),
      Map.entry("java.util.HashMap", "java.util.HashMap"),
      Map.entry("java.util.LinkedHashMap", "java.util.LinkedHashMap"),
      Map.entry("java.util.SortedMap", "java.util.TreeMap"),
      Map.entry("java.util.NavigableMap", "java.util.TreeMap"),
      Map.entry("java.util.TreeMap", "java.util.TreeMap"));

  /** One record, POJO or enum: its model once described, or why it cannot be. */
  private static final class Entry implements Described<TypeElement> {
    final ClassName codec;
    final Set<TypeElement> uses = new LinkedHashSet<>();
    Object model;
    Unsupported failure;
    boolean described;
    /** Whether its codec comes with the type, from an earlier compilation, and is not written again. */
    boolean compiled;

    Entry(ClassName codec) {
      this.codec = codec;
    }

    @Override
    public Unsupported failure() {
      return failure;
    }

    @Override
    public Set<TypeElement> uses() {
      return uses;
    }
  }

  private final Types types;
  private final Elements elements;
  private final RecordIntrospector records;
  private final PojoIntrospector pojos;
  private final EnumIntrospector enums;
  private final BeanShapes shapes;
  private final Map<TypeElement, Entry> entries = new LinkedHashMap<>();
  private final AwsIntrospector aws;
  /** The codecs of aws-lambda-java-events classes, by class and event ({@link #awsKey}). */
  private final Map<String, AwsEntry> awsEntries = new LinkedHashMap<>();
  private final Set<String> awsGenerated = new LinkedHashSet<>();

  /** One aws-lambda-java-events class as one event binds it: its codec, its model or why it has none. */
  private static final class AwsEntry implements Described<String> {
    final TypeElement type;
    final AwsEventRules.Event event;
    final ClassName codec;
    final Set<String> uses = new LinkedHashSet<>();
    BeanModel model;
    Unsupported failure;
    boolean described;

    AwsEntry(TypeElement type, AwsEventRules.Event event, ClassName codec) {
      this.type = type;
      this.event = event;
      this.codec = codec;
    }

    @Override
    public Unsupported failure() {
      return failure;
    }

    @Override
    public Set<String> uses() {
      return uses;
    }
  }
  private final Set<TypeElement> generated = new LinkedHashSet<>();

  /** The top-level types being compiled, whose codecs are always written. */
  private final Set<? extends Element> sources;

  /** The package of the dispatch table, where the codecs of AWS's classes go. */
  private final String tablePackage;

  public JsonTypeAnalyzer(Types types, Elements elements, Set<? extends Element> sources, String tablePackage) {
    this.types = types;
    this.elements = elements;
    this.sources = sources;
    this.tablePackage = tablePackage;
    JacksonAnnotations jackson = new JacksonAnnotations(elements);
    this.shapes = new BeanShapes(types, elements, jackson);
    this.records = new RecordIntrospector(types, jackson, shapes, this);
    this.pojos = new PojoIntrospector(types, elements, jackson, shapes, this);
    this.enums = new EnumIntrospector(jackson, shapes);
    this.aws = new AwsIntrospector(types, elements, shapes);
  }

  /** Whether a handler's event or result type is one the generator is for: a record, POJO or enum of the application. */
  static boolean isApplicationType(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    ElementKind kind = element.getKind();
    if (kind != ElementKind.RECORD && kind != ElementKind.CLASS && kind != ElementKind.ENUM) {
      return false;
    }
    String name = element.getQualifiedName().toString();
    return !(name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
        || name.startsWith("com.fasterxml.jackson.") || isAwsEvent(name));
  }

  /**
   * Whether a class is one of aws-lambda-java-events' (or aws-lambda-java-core's): those bind by AWS's
   * wire rules, which the runtime's databind configuration applies, not by Jackson's defaults.
   */
  static boolean isAwsEvent(String qualifiedName) {
    return qualifiedName.startsWith("com.amazonaws.services.lambda.runtime.");
  }

  /**
   * The binding of a handler's event or result type (a record, POJO or enum), with every type it
   * reaches described; their codecs will be generated.
   *
   * @throws Unsupported for the first type or property, in property order, that cannot be bound
   */
  JsonType.Named root(TypeMirror type) throws Unsupported {
    Set<TypeElement> uses = new LinkedHashSet<>();
    JsonType json = describe(type, type.toString(), uses, null);
    generated.addAll(closure(uses, this::described));
    return (JsonType.Named) json;
  }

  /**
   * The binding of a handler's event or result type that is a class of aws-lambda-java-events, by AWS's
   * rules for the event it is (its own when AWS registers it, the plain ones otherwise), with every
   * class it reaches described; their codecs, in the table's package, will be generated.
   *
   * @throws Unsupported when a class it reaches has a shape the generator does not cover (the handler
   *     then binds it through the runtime's databind path, by the same rules)
   */
  JsonType.Named awsRoot(TypeMirror type) throws Unsupported {
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    AwsEventRules.Event event = AwsEventRules.get().event(elements.getBinaryName(element).toString());
    String rootKey = awsEntry(element, event);
    awsGenerated.addAll(closure(List.of(rootKey), this::awsDescribed));
    return new JsonType.Named(awsEntries.get(rootKey).codec, ClassName.get(element));
  }

  private static String awsKey(TypeElement type, AwsEventRules.Event event) {
    return type.getQualifiedName() + "@" + (event == null ? "" : event.name());
  }

  private String awsEntry(TypeElement type, AwsEventRules.Event event) {
    String key = awsKey(type, event);
    awsEntries.computeIfAbsent(key, k -> new AwsEntry(type, event, awsCodecName(type, event)));
    return key;
  }

  private AwsEntry awsDescribed(String key) {
    AwsEntry entry = awsEntries.get(key);
    if (!entry.described) {
      entry.described = true;
      try {
        entry.model = aws.describe(entry.type, entry.codec, entry.event,
            (member, where) -> awsDescribe(member, where, entry));
      } catch (Unsupported e) {
        entry.failure = e;
      } catch (RuntimeException e) {
        entry.failure = new Unsupported(entry.type.getQualifiedName().toString(),
            "could not be described by the codec generator (" + e + ")", "bind it with databind");
      }
    }
    return entry;
  }

  /** A member type of an aws-lambda-java-events class, in the event {@code owner} binds in. */
  private JsonType awsDescribe(TypeMirror type, String where, AwsEntry owner) throws Unsupported {
    AwsEntry outer = awsOwner;
    awsOwner = owner;
    try {
      return describe(type, where, new LinkedHashSet<>(), null, true);
    } finally {
      awsOwner = outer;
    }
  }

  /**
   * In a class of aws-lambda-java-events, the types AWS's settings bind their own way: Date, ByteBuffer,
   * Joda DateTime, and the classes of aws-lambda-java-events (in the same event); null for the others.
   */
  private JsonType awsSpecial(TypeElement element, String where) throws Unsupported {
    String name = element.getQualifiedName().toString();
    switch (name) {
      case "java.util.Date":
        return new JsonType.Scalar(JsonType.ScalarKind.AWS_DATE, ClassName.get(element));
      case "java.nio.ByteBuffer":
        return new JsonType.Scalar(JsonType.ScalarKind.AWS_BYTE_BUFFER, ClassName.get(element));
      case "org.joda.time.DateTime":
        return new JsonType.Scalar(JsonType.ScalarKind.AWS_JODA_DATE_TIME, ClassName.get(element));
      default:
        break;
    }
    if (name.startsWith(AwsEventRules.EVENTS_PACKAGE + ".") && element.getKind() == ElementKind.ENUM) {
      return new JsonType.Scalar(JsonType.ScalarKind.AWS_ENUM, ClassName.get(element));
    }
    if (name.startsWith(AwsEventRules.EVENTS_PACKAGE + ".")) {
      if (element.getKind() != ElementKind.CLASS) {
        throw new Unsupported(where, "has the type " + name + ", which is not a class", "bind it with databind");
      }
      String key = awsEntry(element, awsOwner.event);
      awsOwner.uses.add(key);
      return new JsonType.Named(awsEntries.get(key).codec, ClassName.get(element));
    }
    if (name.startsWith("java.time.") || name.equals("java.util.Optional") || element.getKind() == ElementKind.ENUM) {
      throw new Unsupported(where, "has the type " + name + ", which AWS's settings bind their own way",
          "bind it with databind");
    }
    return null;
  }

  /** The aws-lambda-java-events class being described, while one is; its maps write null values, as AWS's settings do. */
  private AwsEntry awsOwner;

  /**
   * {@code <table package>.Aws_SQSEvent_SQSMessageJsonCodec}: the class's name relative to
   * aws-lambda-java-events' package, underscores doubled, joined by underscores; in the table's package,
   * never AWS's, so two modules that bind the same class do not clash. A class bound in another event
   * than its own (AttributeValue in DynamodbEvent) adds {@code _In<event>}; a nested class of a registered
   * event bound outside it adds {@code _Plain}.
   */
  private ClassName awsCodecName(TypeElement type, AwsEventRules.Event event) {
    String binary = elements.getBinaryName(type).toString();
    String relative = binary.substring(AwsEventRules.EVENTS_PACKAGE.length() + 1);
    StringBuilder name = new StringBuilder("Aws");
    for (String part : relative.split("[.$]")) {
      name.append('_').append(part.replace("_", "__"));
    }
    String outer = relative.contains("$") ? relative.substring(0, relative.indexOf('$')) : relative;
    if (event != null && !outer.equals(event.name())) {
      name.append("_In").append(event.name().replace("_", "__").replace('.', '_').replace('$', '_'));
    } else if (event == null && AwsEventRules.get().event(AwsEventRules.EVENTS_PACKAGE + "." + outer) != null) {
      name.append("_Plain");
    }
    return ClassName.get(tablePackage, name.append("JsonCodec").toString());
  }

  /** A type described for a codec: why it cannot have one, or the types its codec uses. */
  private interface Described<K> {
    Unsupported failure();

    Set<K> uses();
  }

  /** Every key {@code start} reaches through what each uses, each described on the way; the first failure is thrown. */
  private static <K> Set<K> closure(Collection<K> start, Function<K, ? extends Described<K>> describe) throws Unsupported {
    Deque<K> pending = new ArrayDeque<>(start);
    Set<K> closure = new LinkedHashSet<>();
    while (!pending.isEmpty()) {
      K next = pending.removeFirst();
      if (!closure.add(next)) {
        continue;
      }
      Described<K> described = describe.apply(next);
      if (described.failure() != null) {
        throw described.failure();
      }
      pending.addAll(described.uses());
    }
    return closure;
  }

  /** The records and POJOs whose codecs to write, by name. */
  public List<BeanModel> beans() {
    List<BeanModel> beans = new ArrayList<>();
    for (TypeElement type : generated) {
      if (!entries.get(type).compiled && entries.get(type).model instanceof BeanModel bean) {
        beans.add(bean);
      }
    }
    for (String key : awsGenerated) {
      beans.add(awsEntries.get(key).model);
    }
    beans.sort(Comparator.comparing(b -> b.codec().canonicalName()));
    return beans;
  }

  /** The enums whose codecs to write, by name. */
  public List<EnumModel> enums() {
    List<EnumModel> found = new ArrayList<>();
    for (TypeElement type : generated) {
      if (!entries.get(type).compiled && entries.get(type).model instanceof EnumModel model) {
        found.add(model);
      }
    }
    found.sort(Comparator.comparing(e -> e.codec().canonicalName()));
    return found;
  }

  /** A property's type. Records, POJOs and enums it names are added to {@code uses}. */
  JsonType describe(TypeMirror type, String where, Set<TypeElement> uses, String fromPackage) throws Unsupported {
    return describe(type, where, uses, fromPackage, true);
  }

  JsonType describe(TypeMirror type, String where, Set<TypeElement> uses) throws Unsupported {
    return describe(type, where, uses, null, true);
  }

  private JsonType describe(TypeMirror type, String where, Set<TypeElement> uses, String fromPackage,
      boolean optionalAllowed) throws Unsupported {
    switch (type.getKind()) {
      case BOOLEAN:
        return new JsonType.Scalar(JsonType.ScalarKind.BOOLEAN, TypeName.BOOLEAN);
      case BYTE:
        return new JsonType.Scalar(JsonType.ScalarKind.BYTE, TypeName.BYTE);
      case SHORT:
        return new JsonType.Scalar(JsonType.ScalarKind.SHORT, TypeName.SHORT);
      case INT:
        return new JsonType.Scalar(JsonType.ScalarKind.INT, TypeName.INT);
      case LONG:
        return new JsonType.Scalar(JsonType.ScalarKind.LONG, TypeName.LONG);
      case FLOAT:
        return new JsonType.Scalar(JsonType.ScalarKind.FLOAT, TypeName.FLOAT);
      case DOUBLE:
        return new JsonType.Scalar(JsonType.ScalarKind.DOUBLE, TypeName.DOUBLE);
      case ARRAY:
        return array((ArrayType) type, where, uses, fromPackage);
      case DECLARED:
        return declared((DeclaredType) type, where, uses, fromPackage, optionalAllowed);
      default:
        throw new Unsupported(where, "has the type " + type + ", which the codec generator does not support",
            "use a supported type (records, POJOs, enums, collections, maps, strings, numbers, booleans, java.time)");
    }
  }

  private JsonType array(ArrayType type, String where, Set<TypeElement> uses, String fromPackage) throws Unsupported {
    TypeMirror component = type.getComponentType();
    if (component.getKind() == TypeKind.BYTE) {
      return new JsonType.Scalar(JsonType.ScalarKind.BYTES, TypeName.get(type));
    }
    if (component.getKind() == TypeKind.CHAR) {
      throw new Unsupported(where, "is a char[], which databind reads as a string", "use String");
    }
    if (component.getKind() == TypeKind.ARRAY || component.toString().equals("java.lang.Byte")
        || component.toString().equals("java.lang.Character")) {
      throw new Unsupported(where, "is an array of " + component + ", which the codec generator does not support",
          "use a List instead");
    }
    JsonType element = describe(component, where + "[]", uses, fromPackage, false);
    if (element.javaType() instanceof ParameterizedTypeName) {
      throw new Unsupported(where, "is an array of the generic type " + component, "use a List instead");
    }
    return new JsonType.Sequence(JsonType.SequenceKind.ARRAY, element, ArrayTypeName.of(element.javaType()), null);
  }

  private JsonType declared(DeclaredType type, String where, Set<TypeElement> uses, String fromPackage,
      boolean optionalAllowed) throws Unsupported {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    if (awsOwner != null) {
      JsonType special = awsSpecial(element, where);
      if (special != null) {
        return special;
      }
    }
    if (arguments.isEmpty() && !element.getTypeParameters().isEmpty()) {
      throw new Unsupported(where, "has the raw type " + name, "give it type arguments");
    }
    JsonType.ScalarKind scalar = SCALARS.get(name);
    if (scalar != null) {
      return new JsonType.Scalar(scalar, ClassName.get(element));
    }
    if (COLLECTIONS.containsKey(name)) {
      JsonType item = argument(arguments.get(0), where + "[]", uses, fromPackage);
      return new JsonType.Sequence(JsonType.SequenceKind.COLLECTION, item,
          ParameterizedTypeName.get(ClassName.get(element), item.javaType().box()), ClassName.bestGuess(COLLECTIONS.get(name)));
    }
    if (MAPS.containsKey(name)) {
      if (!arguments.get(0).toString().equals("java.lang.String")) {
        throw new Unsupported(where, "is a map with " + arguments.get(0) + " keys", "use String keys");
      }
      JsonType value = argument(arguments.get(1), where + "[*]", uses, fromPackage);
      return new JsonType.Dictionary(value,
          ParameterizedTypeName.get(ClassName.get(element), ClassName.get(String.class), value.javaType().box()),
          ClassName.bestGuess(MAPS.get(name)), awsOwner != null);
    }
    if (name.equals("java.util.Optional")) {
      if (!optionalAllowed) {
        throw new Unsupported(where, "holds Optional inside a collection, map or Optional", "use the value type itself");
      }
      JsonType value = describe(arguments.get(0), where, uses, fromPackage, false);
      return new JsonType.Optional(value, ParameterizedTypeName.get(ClassName.get(element), value.javaType().box()));
    }
    if (!isApplicationType(type)) {
      throw new Unsupported(where, "has the type " + name + ", which the codec generator does not support",
          "use a supported type (records, POJOs, enums, collections, maps, strings, numbers, booleans,"
              + " Instant, OffsetDateTime, LocalDate, LocalDateTime, LocalTime)");
    }
    if (element.getKind() == ElementKind.CLASS && element.getModifiers().contains(Modifier.ABSTRACT)) {
      throw new Unsupported(where, "has the abstract type " + name + ", for which databind needs type information",
          "use a concrete record or class");
    }
    if (fromPackage != null && !publicEverywhere(element)
        && !elements.getPackageOf(element).getQualifiedName().contentEquals(fromPackage)) {
      throw new Unsupported(where, "has the type " + name + ", which is not public", "make it public");
    }
    Entry entry = entries.computeIfAbsent(element, e -> new Entry(codecName(e)));
    uses.add(element);
    return new JsonType.Named(entry.codec, ClassName.get(element));
  }

  /** A collection element or map value: no wildcards, and the value class for primitives. */
  private JsonType argument(TypeMirror argument, String where, Set<TypeElement> uses, String fromPackage)
      throws Unsupported {
    if (argument.getKind() == TypeKind.WILDCARD || argument.getKind() == TypeKind.TYPEVAR) {
      throw new Unsupported(where, "has the type argument " + argument, "use a concrete type argument");
    }
    return describe(argument, where, uses, fromPackage, false);
  }

  private Entry described(TypeElement type) {
    Entry entry = entries.get(type);
    if (!entry.described) {
      entry.described = true;
      TypeElement existing = elements.getTypeElement(entry.codec.canonicalName());
      if (!sources.contains(topLevel(type)) && existing != null && isCodec(existing)) {
        // A type from a library or the main code, used by handlers of another compilation (tests):
        // its codec was generated with it, and writing it again would make a second copy.
        entry.compiled = true;
        entry.model = type;
        return entry;
      }
      try {
        if (type.getKind() == ElementKind.ENUM) {
          entry.model = enums.describe(type, entry.codec);
        } else {
          shapes.checkReachable(type);
          shapes.checkSupertypes(type);
          entry.model = type.getKind() == ElementKind.RECORD
              ? records.describe(type, entry.codec, entry.uses)
              : pojos.describe(type, entry.codec, entry.uses);
        }
      } catch (Unsupported e) {
        entry.failure = e;
      } catch (RuntimeException e) {
        // A gap in the generator must not fail the build: the type keeps databind, and the note says why.
        entry.failure = new Unsupported(type.getQualifiedName().toString(),
            "could not be described by the codec generator (" + e + ")",
            "report it to Switchboard with the type's declaration");
      }
    }
    return entry;
  }

  private static TypeElement topLevel(TypeElement type) {
    Element e = type;
    while (e.getEnclosingElement() instanceof TypeElement enclosing) {
      e = enclosing;
    }
    return (TypeElement) e;
  }

  private static boolean publicEverywhere(TypeElement type) {
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (!e.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code com.example.Orders.Item} gets {@code com.example.Orders_ItemJsonCodec}. An underscore in a
   * simple name is doubled before the names are joined, so {@code A_B.C} ({@code A__B_CJsonCodec}) and
   * {@code A.B_C} ({@code A_B__CJsonCodec}) get different codecs.
   */
  static ClassName codecName(TypeElement type) {
    ClassName name = ClassName.get(type);
    List<String> escaped = new ArrayList<>();
    for (String simple : name.simpleNames()) {
      escaped.add(simple.replace("_", "__"));
    }
    return ClassName.get(name.packageName(), String.join("_", escaped) + "JsonCodec");
  }

  /** Whether a class found under a codec's name is a codec (of an earlier compilation), not a class of the user's. */
  private boolean isCodec(TypeElement found) {
    TypeMirror superclass = found.getSuperclass();
    return superclass.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) superclass).asElement()).getQualifiedName()
            .contentEquals(Names.INTERNAL_JSON + ".Codec");
  }
}
