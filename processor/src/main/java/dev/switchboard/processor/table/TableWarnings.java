package dev.switchboard.processor.table;

import dev.switchboard.processor.handlers.CodecModel;
import dev.switchboard.processor.handlers.HandlerModel;
import dev.switchboard.processor.handlers.HandlerValidator;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;

/**
 * The {@code @SuppressWarnings} of each table method, so that the table compiles without a warning
 * under {@code -Xlint:all} (and {@code -Werror} builds pass): {@code unchecked} for a cast of the event
 * to a parameterized type, {@code rawtypes} where a handler's types are raw, and {@code deprecation}
 * and {@code removal} where a handler uses a deprecated class, constructor, method or type, which is
 * the application's choice and warned about where it is declared.
 */
final class TableWarnings {
  private final Elements elements;

  TableWarnings(Elements elements) {
    this.elements = elements;
  }

  /** For {@code create}: it names the owners, their constructors, and the types in the codecs. */
  AnnotationSpec forCreate(List<HandlerModel> handlers) {
    TreeSet<String> warnings = new TreeSet<>();
    for (HandlerModel handler : handlers) {
      if (handler.bindsEvent() && rawInDatabind(handler.eventCodec(), handler.eventType())
          || handler.resultCodec() != null && rawInDatabind(handler.resultCodec(), handler.returnType())) {
        warnings.add("rawtypes");
      }
      deprecation(handler.owner(), warnings);
      if (!handler.isStatic()) {
        deprecation(HandlerValidator.noArgConstructor(handler.owner()), warnings);
      }
      if (handler.bindsEvent()) {
        deprecation(handler.eventType(), warnings);
      }
      if (!handler.stream()) {
        deprecation(handler.returnType(), warnings);
      }
    }
    return annotation(warnings);
  }

  /** For {@code call}, {@code callStream} and {@code callStreaming}: they cast to the owners and event types, and call the methods. */
  AnnotationSpec forCall(List<HandlerModel> handlers) {
    TreeSet<String> warnings = new TreeSet<>();
    for (HandlerModel handler : handlers) {
      if (handler.bindsEvent()) {
        if (isUncheckedCast(handler.eventType())) {
          warnings.add("unchecked");
        }
        if (hasRawType(handler.eventType())) {
          warnings.add("rawtypes");
        }
        deprecation(handler.eventType(), warnings);
      }
      deprecation(handler.owner(), warnings);
      deprecation(handler.method(), warnings);
    }
    return annotation(warnings);
  }

  private static AnnotationSpec annotation(TreeSet<String> warnings) {
    if (warnings.isEmpty()) {
      return null;
    }
    if (warnings.size() == 1) {
      return AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", warnings.first()).build();
    }
    List<CodeBlock> values = new ArrayList<>();
    for (String warning : warnings) {
      values.add(CodeBlock.of("$S", warning));
    }
    return AnnotationSpec.builder(SuppressWarnings.class)
        .addMember("value", "{$L}", CodeBlock.join(values, ", "))
        .build();
  }

  private static boolean rawInDatabind(CodecModel codec, TypeMirror type) {
    return codec.kind().equals(CodecModel.DATABIND) && hasRawType(type);
  }

  /** Adds {@code deprecation} or {@code removal} if the element, or a class around it, is deprecated. */
  private void deprecation(Element element, TreeSet<String> warnings) {
    for (Element e = element; e != null && e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
      if (elements.isDeprecated(e)) {
        Deprecated deprecated = e.getAnnotation(Deprecated.class);
        warnings.add(deprecated != null && deprecated.forRemoval() ? "removal" : "deprecation");
      }
    }
  }

  private void deprecation(TypeMirror type, TreeSet<String> warnings) {
    TypeParts.forEachClass(type, element -> deprecation(element, warnings));
  }

  /** Whether a cast from {@code Object} to this type is unchecked: it has a type argument other than {@code ?}. */
  static boolean isUncheckedCast(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return isUncheckedCast(((ArrayType) type).getComponentType());
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
      if (argument.getKind() != TypeKind.WILDCARD) {
        return true;
      }
      WildcardType wildcard = (WildcardType) argument;
      if (wildcard.getExtendsBound() != null || wildcard.getSuperBound() != null) {
        return true;
      }
    }
    return false;
  }

  /** Whether the type is, or has anywhere inside it, a generic class used without type arguments. */
  static boolean hasRawType(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return hasRawType(((ArrayType) type).getComponentType());
    }
    if (type.getKind() == TypeKind.WILDCARD) {
      WildcardType wildcard = (WildcardType) type;
      return (wildcard.getExtendsBound() != null && hasRawType(wildcard.getExtendsBound()))
          || (wildcard.getSuperBound() != null && hasRawType(wildcard.getSuperBound()));
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    DeclaredType declared = (DeclaredType) type;
    if (declared.getTypeArguments().isEmpty()
        && !((TypeElement) declared.asElement()).getTypeParameters().isEmpty()) {
      return true;
    }
    for (TypeMirror argument : declared.getTypeArguments()) {
      if (hasRawType(argument)) {
        return true;
      }
    }
    return false;
  }
}
