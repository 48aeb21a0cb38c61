package org.pmokit.reporting;

import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.pmokit.rules.Text;

/**
 * An optional section of a report: its content, or the reason why there is none (the project has no
 * baseline, its schedule has a cycle, ...). A JSON report writes an empty slot as
 * {@code {"undefined": "reason"}}, like an undefined metric.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type of the content
 * @param content the content, if any
 * @param reason why there is no content; present exactly when the content is absent
 */
public record Slot<T>(Optional<T> content, Optional<Text> reason) {

    /**
     * Checks that exactly one of content and reason is present.
     *
     * @param content the content
     * @param reason the reason
     */
    public Slot {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(reason, "reason");
        if (content.isPresent() == reason.isPresent()) {
            throw new IllegalArgumentException("a slot has either content or a reason: " + content + ", " + reason);
        }
    }

    /**
     * Returns a filled slot.
     *
     * @param <T> the type of the content
     * @param content the content
     * @return the slot
     */
    public static <T> Slot<T> of(T content) {
        return new Slot<>(Optional.of(content), Optional.empty());
    }

    /**
     * Returns an empty slot.
     *
     * @param <T> the type of the content
     * @param reason why it is empty
     * @return the slot
     */
    public static <T> Slot<T> empty(Text reason) {
        return new Slot<>(Optional.empty(), Optional.of(reason));
    }

    /**
     * Returns whether the slot has content.
     *
     * @return true if filled
     */
    public boolean isFilled() {
        return content.isPresent();
    }

    /**
     * Returns the content.
     *
     * @return the content
     * @throws NoSuchElementException if the slot is empty, with its reason
     */
    public T get() {
        return content.orElseThrow(() -> new NoSuchElementException("empty slot: " + reason.orElseThrow().english()));
    }

    /**
     * Returns the slot with its content mapped.
     *
     * @param <U> the type of the new content
     * @param f the function
     * @return the mapped slot; an empty one keeps its reason
     */
    public <U> Slot<U> map(Function<? super T, ? extends U> f) {
        return content.isPresent() ? Slot.of(f.apply(content.get())) : Slot.empty(reason.orElseThrow());
    }
}
