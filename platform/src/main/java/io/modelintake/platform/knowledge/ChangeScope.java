package io.modelintake.platform.knowledge;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a change to one knowledge entry touches, in the words requests use ({@code KnowledgeChanged}'s licences,
 * datasets, models and jurisdictions), as the owning service reads it from a snapshot: a licence its id and aliases,
 * a data source the datasets resting on it. The platform asks before and after the change and announces both, so
 * that an alias removed by the change still finds the requests that named it.
 */
@FunctionalInterface
public interface ChangeScope<S> {

    /** What entry {@code kind}/{@code id} touches in {@code snapshot}; {@link Touched#NOTHING} when it is not there. */
    Touched of(S snapshot, String kind, String id);

    /** The ids a change touches, by what a request names. */
    record Touched(Set<String> licenses, Set<String> datasets, Set<String> models, Set<String> jurisdictions) {

        public static final Touched NOTHING = new Touched(Set.of(), Set.of(), Set.of(), Set.of());

        public Touched {
            licenses = Set.copyOf(licenses);
            datasets = Set.copyOf(datasets);
            models = Set.copyOf(models);
            jurisdictions = Set.copyOf(jurisdictions);
        }

        public static Touched licenses(Collection<String> ids) {
            return new Touched(Set.copyOf(ids), Set.of(), Set.of(), Set.of());
        }

        public static Touched datasets(Collection<String> ids) {
            return new Touched(Set.of(), Set.copyOf(ids), Set.of(), Set.of());
        }

        public static Touched models(Collection<String> ids) {
            return new Touched(Set.of(), Set.of(), Set.copyOf(ids), Set.of());
        }

        public static Touched jurisdictions(Collection<String> codes) {
            return new Touched(Set.of(), Set.of(), Set.of(), Set.copyOf(codes));
        }

        /** An entry's id with its aliases, for a kind whose entries a request may name either way. */
        public static List<String> idAndAliases(String id, Collection<String> aliases) {
            return Stream.concat(Stream.of(id), aliases.stream()).toList();
        }

        public Touched and(Touched other) {
            return new Touched(union(licenses, other.licenses), union(datasets, other.datasets),
                    union(models, other.models), union(jurisdictions, other.jurisdictions));
        }

        private static Set<String> union(Set<String> a, Set<String> b) {
            Set<String> all = new LinkedHashSet<>(a);
            all.addAll(b);
            return all;
        }
    }
}
