package dev.switchboard.processor;

import dev.switchboard.processor.codecs.BeanModel;
import dev.switchboard.processor.codecs.CodecChooser;
import dev.switchboard.processor.codecs.CodecWriter;
import dev.switchboard.processor.codecs.EnumModel;
import dev.switchboard.processor.codecs.JsonTypeAnalyzer;
import dev.switchboard.processor.codecs.Unsupported;
import dev.switchboard.processor.diag.JsonOption;
import dev.switchboard.processor.diag.Message;
import dev.switchboard.processor.diag.Names;
import dev.switchboard.processor.diag.Reporter;
import dev.switchboard.processor.handlers.AccessChecker;
import dev.switchboard.processor.handlers.CodecModel;
import dev.switchboard.processor.handlers.Deployment;
import dev.switchboard.processor.handlers.DeploymentReader;
import dev.switchboard.processor.handlers.HandlerFinder;
import dev.switchboard.processor.handlers.HandlerModel;
import dev.switchboard.processor.handlers.HandlerNaming;
import dev.switchboard.processor.handlers.HandlerSite;
import dev.switchboard.processor.handlers.HandlerValidator;
import dev.switchboard.processor.handlers.LocalHandlerFinder;
import dev.switchboard.processor.table.DispatchTableWriter;
import dev.switchboard.processor.table.GeneratedNames;
import dev.switchboard.processor.table.ManifestWriter;
import dev.switchboard.processor.table.TablePackage;
import com.google.auto.service.AutoService;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;

/**
 * Finds the {@code @LambdaHandler} methods of a compilation (and the {@code handleRequest} of each
 * annotated {@code RequestHandler} class, through {@link HandlerFinder}), checks them, and writes one dispatch
 * table, its service file and the handler manifest. Phases: discovery (here), validation
 * ({@link HandlerValidator}, {@link HandlerNaming}, {@link AccessChecker}), the model
 * ({@link HandlerModel}, {@link CodecChooser}, {@link JsonTypeAnalyzer}), writing
 * ({@link DispatchTableWriter}, {@link CodecWriter}, {@link ManifestWriter}); each phase stops the run
 * when it reported an error, so a compilation with an error gets no generated code.
 */
@AutoService(Processor.class)
public final class SwitchboardProcessor extends AbstractProcessor {
  private boolean tableWritten;
  /** Classes with handlers whose types were not resolved yet, by qualified name: retried next round. */
  private final Set<String> deferred = new LinkedHashSet<>();
  /** Annotated classes whose supertypes were not resolved yet: their handleRequest is found next round. */
  private final Set<String> deferredClasses = new LinkedHashSet<>();
  private LocalHandlerFinder localHandlers;
  /** javac's trees, which place messages in source order; {@code null} under another compiler. */
  private Trees trees;

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    localHandlers = LocalHandlerFinder.create(processingEnv);
    try {
      trees = Trees.instance(processingEnv);
    } catch (IllegalArgumentException | LinkageError e) {
      trees = null; // not javac (or its trees are not reachable): messages in the order found
    }
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> types = new LinkedHashSet<>(Names.TRIGGERS);
    types.add(Names.LAMBDA_HANDLER);
    types.add(Names.FUNCTION_CONFIG);
    return types;
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(Names.PACKAGE_OPTION, Names.JSON_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Reporter reporter = new Reporter(processingEnv.getMessager(), trees);
    try {
      TypeElement annotation = processingEnv.getElementUtils().getTypeElement(Names.LAMBDA_HANDLER);
      if (annotation == null) {
        return true;
      }
      if (round.processingOver()) {
        if (!deferred.isEmpty() || !deferredClasses.isEmpty()) {
          // A type never appeared: javac reports it; report the handlers' other errors beside it.
          HandlerFinder finder = new HandlerFinder(processingEnv.getTypeUtils(), processingEnv.getElementUtils(), reporter);
          List<HandlerSite> sites = deferredSites(finder);
          sites.removeIf(SwitchboardProcessor::hasErrorTypes);
          validate(sites, reporter);
        }
        return true;
      }
      if (localHandlers != null) {
        localHandlers.report(round.getRootElements(), reporter);
      }
      checkDeployPlacement(round, reporter);
      HandlerFinder finder = new HandlerFinder(processingEnv.getTypeUtils(), processingEnv.getElementUtils(), reporter);
      Set<HandlerSite> found = new LinkedHashSet<>(deferredSites(finder));
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        HandlerSite site = site(element, finder);
        if (site != null) {
          found.add(site);
        }
      }
      List<HandlerSite> sites = new ArrayList<>(found);
      deferred.clear();
      if (sites.isEmpty()) {
        return true;
      }
      if (tableWritten) {
        for (HandlerSite site : sites) {
          reporter.error(site.annotated(), Message.LATE_HANDLER, site.describe());
        }
        return true;
      }
      if (!deferredClasses.isEmpty() || sites.stream().anyMatch(SwitchboardProcessor::hasErrorTypes)) {
        // A type another processor generates in this round: wait for the next round to see it.
        for (HandlerSite site : sites) {
          deferred.add(site.owner().getQualifiedName().toString());
        }
        return true;
      }
      tableWritten = true;
      generate(sites, round.getRootElements(), reporter);
    } catch (NoClassDefFoundError | IncompatibleClassChangeError e) {
      // A class missing, or of another version than the processor was built against.
      reporter.error(Message.PROCESSOR_PATH, e.getClass().getSimpleName(), e.getMessage());
    } catch (RuntimeException | IOException | LinkageError e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      reporter.error(Message.INTERNAL_ERROR, trace);
    } finally {
      reporter.flush();
    }
    // @LambdaHandler is this processor's alone: claiming it keeps -Xlint:processing quiet.
    return true;
  }

  /** Reports deployment annotations of this round that are on no handler (SB024). */
  private void checkDeployPlacement(RoundEnvironment round, Reporter reporter) {
    DeploymentReader deploy = new DeploymentReader(processingEnv.getElementUtils(), reporter);
    List<String> annotations = new ArrayList<>(Names.TRIGGERS);
    annotations.add(0, Names.FUNCTION_CONFIG);
    for (String name : annotations) {
      TypeElement annotation = processingEnv.getElementUtils().getTypeElement(name);
      if (annotation == null) {
        continue;
      }
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        deploy.checkPlacement(element, name);
      }
    }
  }

  /** The handler an annotated element stands for; {@code null} for a class that has none (reported). */
  private HandlerSite site(Element element, HandlerFinder finder) {
    if (element.getKind() == ElementKind.METHOD) {
      return finder.ofMethod((ExecutableElement) element);
    }
    if (element instanceof TypeElement) {
      if (hasErrorTypes((TypeElement) element)) {
        // Its supertypes are not known yet: look again in the next round (javac reports a type that
        // never appears).
        deferredClasses.add(((TypeElement) element).getQualifiedName().toString());
        return null;
      }
      return finder.ofClass((TypeElement) element);
    }
    return null;
  }

  /** The handlers of the classes deferred by an earlier round, looked up afresh. */
  private List<HandlerSite> deferredSites(HandlerFinder finder) {
    List<HandlerSite> sites = new ArrayList<>();
    Set<String> owners = new LinkedHashSet<>(deferred);
    owners.addAll(deferredClasses);
    for (String owner : owners) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(owner);
      if (type == null) {
        continue;
      }
      for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
        if (Reporter.handlerAnnotation(method) != null) {
          sites.add(finder.ofMethod(method));
        }
      }
      if (Reporter.handlerAnnotation(type) != null && !hasErrorTypes(type)) {
        HandlerSite site = finder.ofClass(type);
        if (site != null) {
          sites.add(site);
        }
      }
    }
    deferredClasses.clear();
    return sites;
  }

  private void generate(List<HandlerSite> sites, Set<? extends Element> sources, Reporter reporter)
      throws IOException {
    var elements = processingEnv.getElementUtils();
    var types = processingEnv.getTypeUtils();

    // Every check runs before any return, so one compilation reports every error it has.
    String packageName = TablePackage.choose(
        processingEnv.getOptions().get(Names.PACKAGE_OPTION), sites, elements, reporter);
    Map<HandlerSite, String> names = new LinkedHashMap<>();
    List<HandlerSite> valid = validate(sites, reporter, names);
    JsonOption json = JsonOption.parse(processingEnv.getOptions().get(Names.JSON_OPTION), reporter);
    if (packageName != null) {
      AccessChecker access = new AccessChecker(elements, reporter);
      for (HandlerSite site : valid) {
        access.check(site, packageName);
      }
    }
    DeploymentReader deploy = new DeploymentReader(elements, reporter);
    Map<HandlerSite, Deployment> deployments = new LinkedHashMap<>();
    for (HandlerSite site : names.keySet()) {
      deployments.put(site, deploy.read(site));
    }
    if (names.size() > DispatchTableWriter.MAX_HANDLERS) {
      reporter.error(Message.TOO_MANY_HANDLERS, DispatchTableWriter.MAX_HANDLERS, names.size());
    }
    if (reporter.errorCount() > 0) {
      return;
    }

    JsonTypeAnalyzer analyzer = json == JsonOption.DATABIND ? null : new JsonTypeAnalyzer(types, elements, sources, packageName);
    CodecChooser codecs = new CodecChooser(types, analyzer);
    List<HandlerModel> handlers = new ArrayList<>();
    HandlerValidator contexts = new HandlerValidator(types, elements, reporter);
    HandlerNaming naming = new HandlerNaming(elements, reporter);
    names.forEach((site, name) -> handlers.add(model(site, name, codecs, contexts, naming, deployments.get(site))));
    handlers.sort(Comparator.comparing(HandlerModel::name));
    for (HandlerModel handler : handlers) {
      reportFallback(handler, "event", handler.eventType(), handler.eventCodec(), codecs, json, reporter);
      reportFallback(handler, "result", handler.returnType(), handler.resultCodec(), codecs, json, reporter);
    }
    if (reporter.errorCount() > 0) {
      return;
    }

    GeneratedNames generatedNames = new GeneratedNames(elements, reporter, sources);
    generatedNames.claim(packageName + "." + Names.TABLE_CLASS, "the dispatch table", handlers.get(0).method(),
        "rename that class; or, when it is the table of another compilation (the main code's, seen from the"
            + " tests), give this compilation's table another package with -A" + Names.PACKAGE_OPTION + "=...");
    if (analyzer != null) {
      for (BeanModel bean : analyzer.beans()) {
        generatedNames.claim(bean.codec().canonicalName(), "the JSON codec of " + bean.type().getQualifiedName(), bean.type());
      }
      for (EnumModel model : analyzer.enums()) {
        generatedNames.claim(model.codec().canonicalName(), "the JSON codec of " + model.type().getQualifiedName(),
            model.type());
      }
    }
    if (reporter.errorCount() > 0) {
      return;
    }

    boolean generatedAvailable = elements.getTypeElement("javax.annotation.processing.Generated") != null;
    if (analyzer != null) {
      CodecWriter codecWriter = new CodecWriter(processingEnv.getFiler(), generatedAvailable);
      for (BeanModel bean : analyzer.beans()) {
        codecWriter.write(bean, List.of(bean.type()));
      }
      for (EnumModel model : analyzer.enums()) {
        codecWriter.write(model, List.of(model.type()));
      }
    }
    new DispatchTableWriter(processingEnv.getFiler(), elements, generatedAvailable).write(packageName, handlers);
    new ManifestWriter(processingEnv.getFiler(), elements).write(packageName + "." + Names.TABLE_CLASS, handlers);
  }

  private void validate(List<HandlerSite> sites, Reporter reporter) {
    validate(sites, reporter, new LinkedHashMap<>());
  }

  /**
   * Checks each handler's signature, placement and name, and the names' uniqueness; fills
   * {@code names} with the valid names and returns the handlers that passed the per-handler rules.
   */
  private List<HandlerSite> validate(List<HandlerSite> sites, Reporter reporter, Map<HandlerSite, String> names) {
    var elements = processingEnv.getElementUtils();
    HandlerValidator validator = new HandlerValidator(processingEnv.getTypeUtils(), elements, reporter);
    HandlerNaming naming = new HandlerNaming(elements, reporter);
    List<HandlerSite> valid = new ArrayList<>();
    for (HandlerSite site : sites) {
      if (validator.validate(site)) {
        valid.add(site);
      }
      String name = naming.nameOf(site);
      if (naming.checkName(site, name)) {
        names.put(site, name);
      }
    }
    naming.checkUnique(names);
    return valid;
  }

  private static HandlerModel model(
      HandlerSite site, String name, CodecChooser codecs, HandlerValidator contexts, HandlerNaming naming,
      Deployment deployment) {
    List<? extends TypeMirror> params = site.type().getParameterTypes();
    TypeMirror first = params.get(0);
    boolean streaming = params.size() >= 2 && params.get(1).toString().equals(Names.RESPONSE_STREAM);
    boolean stream = !streaming && params.size() >= 2 && first.toString().equals(Names.INPUT_STREAM);
    boolean rawEvent = stream || streaming && first.toString().equals(Names.INPUT_STREAM);
    boolean takesContext = params.size() == (stream || streaming ? 3 : 2);
    boolean awsContext = takesContext && contexts.isAwsContext(params.get(params.size() - 1));
    TypeMirror returnType = site.type().getReturnType();
    String alias = site.implementsAws() && name.equals(naming.defaultName(site))
        ? name.substring(0, name.length() - "::handleRequest".length())
        : null;
    return new HandlerModel(
        name,
        site.method(),
        site.owner(),
        site.method().getModifiers().contains(Modifier.STATIC),
        stream,
        streaming,
        takesContext,
        awsContext,
        rawEvent ? null : first,
        returnType,
        rawEvent ? null : codecs.forEvent(first),
        stream || streaming ? null : codecs.forResult(returnType),
        alias,
        deployment);
  }

  /** The note (or, under {@code -Aswitchboard.json=generated}, the error) for a type that falls back to databind. */
  private static void reportFallback(HandlerModel handler, String role, TypeMirror type, CodecModel codec,
      CodecChooser codecs, JsonOption json, Reporter reporter) {
    if (codec == null || !codec.kind().equals(CodecModel.DATABIND)) {
      return;
    }
    Unsupported why = codecs.whyDatabind(type);
    if (why == null) {
      return;
    }
    String where = "handler '" + handler.name() + "' (" + handler.describe() + ")";
    if (json == JsonOption.GENERATED) {
      reporter.error(handler.method(), Message.JSON_GENERATED_REQUIRED, role, type, where, why.reason(), why.fix);
    } else {
      reporter.note(handler.method(), Message.JSON_DATABIND_FALLBACK, where, role, type, why.reason(), why.fix);
    }
  }

  /**
   * Whether the method names a type javac has not resolved: one that another processor has yet to
   * generate, or one that does not exist (javac reports that itself).
   */
  private static boolean hasErrorTypes(HandlerSite site) {
    if (isOrHasError(site.type().getReturnType())) {
      return true;
    }
    for (TypeMirror param : site.type().getParameterTypes()) {
      if (isOrHasError(param)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a class's superclass or interfaces are not resolved yet. */
  private static boolean hasErrorTypes(TypeElement type) {
    if (isOrHasError(type.getSuperclass())) {
      return true;
    }
    for (TypeMirror iface : type.getInterfaces()) {
      if (isOrHasError(iface)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOrHasError(TypeMirror type) {
    switch (type.getKind()) {
      case ERROR:
        return true;
      case ARRAY:
        return isOrHasError(((ArrayType) type).getComponentType());
      case WILDCARD: {
        WildcardType wildcard = (WildcardType) type;
        return (wildcard.getExtendsBound() != null && isOrHasError(wildcard.getExtendsBound()))
            || (wildcard.getSuperBound() != null && isOrHasError(wildcard.getSuperBound()));
      }
      case DECLARED:
        return ((DeclaredType) type).getTypeArguments().stream().anyMatch(SwitchboardProcessor::isOrHasError);
      default:
        return false;
    }
  }
}
