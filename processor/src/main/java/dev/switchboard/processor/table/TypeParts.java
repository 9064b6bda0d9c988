package dev.switchboard.processor.table;

import java.util.function.Consumer;
import javax.lang.model.element.Element;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/** Walks a type's parts: {@code Map<String, List<? extends Item>>[]} visits Map, String, List and Item. */
final class TypeParts {
  private TypeParts() {}

  /** Calls {@code action} with the element of every declared type in {@code type}, outermost first. */
  static void forEachClass(TypeMirror type, Consumer<Element> action) {
    if (type.getKind() == TypeKind.ARRAY) {
      forEachClass(((ArrayType) type).getComponentType(), action);
    } else if (type.getKind() == TypeKind.WILDCARD) {
      WildcardType wildcard = (WildcardType) type;
      if (wildcard.getExtendsBound() != null) {
        forEachClass(wildcard.getExtendsBound(), action);
      }
      if (wildcard.getSuperBound() != null) {
        forEachClass(wildcard.getSuperBound(), action);
      }
    } else if (type.getKind() == TypeKind.DECLARED) {
      action.accept(((DeclaredType) type).asElement());
      for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
        forEachClass(argument, action);
      }
    }
  }
}
