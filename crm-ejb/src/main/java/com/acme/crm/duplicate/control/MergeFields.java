package com.acme.crm.duplicate.control;

import com.acme.crm.duplicate.boundary.MergeFieldData;
import com.acme.crm.shared.api.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fields a user chooses between when merging two records of one kind, each with how to
 * show it and how to copy it from the merged record to the survivor. Some fields travel
 * together (a budget's amount, currency and confirmation) so that a merge never mixes halves
 * of two different facts.
 *
 * @param <D> the record's data class, as the services read and save it
 */
public final class MergeFields<D> {

    /** One choosable field. */
    public record Field<D>(String name, String label, Function<D, Object> shown, BiConsumer<D, D> copy) {
    }

    private final List<Field<D>> fields = new ArrayList<>();

    /** A field read and written as one value. */
    public <V> MergeFields<D> add(String name, String label, Function<D, V> get, BiConsumer<D, V> set) {
        fields.add(new Field<>(name, label, get::apply, (survivor, duplicate) -> set.accept(survivor, get.apply(duplicate))));
        return this;
    }

    /** A field made of several values that are shown and copied together. */
    public MergeFields<D> together(String name, String label, Function<D, Object> shown, BiConsumer<D, D> copy) {
        fields.add(new Field<>(name, label, shown, copy));
        return this;
    }

    public List<MergeFieldData> compare(D survivor, D duplicate) {
        return fields.stream()
                .map(f -> new MergeFieldData(f.name(), f.label(), shown(f.shown().apply(survivor)), shown(f.shown().apply(duplicate))))
                .toList();
    }

    /** Copies the named fields from the duplicate into the survivor; unknown names are refused, not ignored. */
    public void take(D survivor, D duplicate, Set<String> names) {
        Set<String> known = fields.stream().map(Field::name).collect(Collectors.toSet());
        List<String> unknown = names.stream().filter(n -> !known.contains(n)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("fromDuplicate", "unknown field(s) " + unknown + "; choose from "
                    + fields.stream().map(Field::name).toList());
        }
        fields.stream().filter(f -> names.contains(f.name())).forEach(f -> f.copy().accept(survivor, duplicate));
    }

    /** The labels of the named fields, for the merge record. */
    public String labels(Set<String> names) {
        return fields.stream().filter(f -> names.contains(f.name())).map(Field::label).collect(Collectors.joining(", "));
    }

    /** Every non-empty value of a record, one "label: value" per line, so that the merge record keeps it all. */
    public String snapshot(D record) {
        return fields.stream()
                .filter(f -> !shown(f.shown().apply(record)).isEmpty())
                .map(f -> f.label() + ": " + shown(f.shown().apply(record)))
                .collect(Collectors.joining("\n"));
    }

    static String shown(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        if (value instanceof Boolean flag) {
            return flag ? "yes" : "no";
        }
        if (value instanceof Enum<?> constant) {
            return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        if (value instanceof List<?> parts) {
            return parts.stream().map(MergeFields::shown).filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
        }
        return Objects.toString(value).strip();
    }
}
