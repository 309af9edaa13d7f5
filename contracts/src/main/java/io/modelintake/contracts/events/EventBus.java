package io.modelintake.contracts.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who owns, writes and reads each topic of the event bus ({@code event-bus.yaml}): the one definition of the
 * brokers' ACLs (one bus user per service, named like the service) and of the CloudEvent source and type a consumer
 * accepts on a topic. Loaded and validated once; immutable.
 */
public final class EventBus {

    static final String BUNDLED = "/event-bus.yaml";

    /** A service: its bus user (its name) and the CloudEvent {@code source} of the events it emits. */
    public record Service(String name, String source) {
    }

    /**
     * A topic: the CloudEvent type of its events, the services that may write it (its owners) and read it. Its readers,
     * and the {@code deadLetterReaders}, also write and read its dead-letter topic.
     */
    public record Topic(String name, String type, List<String> owners, List<String> readers,
            List<String> deadLetterReaders) {
        public Topic {
            owners = owners == null ? List.of() : List.copyOf(owners);
            readers = readers == null ? List.of() : List.copyOf(readers);
            deadLetterReaders = deadLetterReaders == null ? List.of() : List.copyOf(deadLetterReaders);
        }

        public String deadLetterTopic() {
            return name + Topics.DLQ_SUFFIX;
        }

        /** Where {@code reader}'s dead letters of this topic are replayed: only it writes and reads there. */
        public String replayTopic(String reader) {
            return name + Topics.REPLAY_INFIX + reader;
        }

        /** The services that write and read {@link #deadLetterTopic()}. */
        public Set<String> deadLetterUsers() {
            Set<String> users = new LinkedHashSet<>(readers);
            users.addAll(deadLetterReaders);
            return users;
        }
    }

    private record File(List<Service> services, List<Topic> topics) {
    }

    private final Map<String, Service> services;
    private final Map<String, Topic> topics;

    private EventBus(Map<String, Service> services, Map<String, Topic> topics) {
        this.services = services;
        this.topics = topics;
    }

    /** The bundled definition; a broken file fails the first call with the reason. */
    public static EventBus standard() {
        return Bundled.INSTANCE;
    }

    /** Reads and validates a definition: a topic without type or owner, or naming an unknown service, is an error. */
    public static EventBus load(InputStream yaml) {
        File file;
        try {
            file = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(yaml, File.class);
        } catch (IOException e) {
            throw new IllegalStateException("event bus: unreadable (" + e.getMessage() + ")", e);
        }
        require(file != null && file.services() != null && file.topics() != null, "the file needs services and topics");
        Map<String, Service> services = new LinkedHashMap<>();
        for (Service service : file.services()) {
            require(service.name() != null && service.source() != null, "service " + service.name() + " needs a name and a source");
            require(services.put(service.name(), service) == null, "service " + service.name() + " is defined twice");
        }
        Map<String, Topic> topics = new LinkedHashMap<>();
        for (Topic topic : file.topics()) {
            require(topic.name() != null && !topic.name().endsWith(Topics.DLQ_SUFFIX),
                    "topic " + topic.name() + " needs a name that is not a dead-letter topic's");
            require(topics.put(topic.name(), topic) == null, "topic " + topic.name() + " is defined twice");
            require(topic.type() != null && !topic.type().isBlank(), "topic " + topic.name() + " has no CloudEvent type");
            require(!topic.owners().isEmpty(), "topic " + topic.name() + " has no owner");
            for (List<String> names : List.of(topic.owners(), topic.readers(), topic.deadLetterReaders())) {
                names.forEach(name -> require(services.containsKey(name),
                        "topic " + topic.name() + " names unknown service '" + name + "'"));
            }
        }
        return new EventBus(Map.copyOf(services), Map.copyOf(topics));
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException("event bus: " + problem);
        }
    }

    public List<Service> services() {
        return List.copyOf(services.values());
    }

    public List<Topic> topics() {
        return List.copyOf(topics.values());
    }

    /** The topic an event topic, its dead-letter topic or one of its replay topics belongs to. */
    public Optional<Topic> topicOf(String topicName) {
        String name = topicName;
        if (name.endsWith(Topics.DLQ_SUFFIX)) {
            name = name.substring(0, name.length() - Topics.DLQ_SUFFIX.length());
        }
        int replay = name.indexOf(Topics.REPLAY_INFIX);
        if (replay > 0) {
            name = name.substring(0, replay);
        }
        return Optional.ofNullable(topics.get(name));
    }

    /** The CloudEvent sources an event on {@code topic} may carry: its owners'. */
    public Set<String> sourcesOf(Topic topic) {
        Set<String> sources = new LinkedHashSet<>();
        topic.owners().forEach(owner -> sources.add(services.get(owner).source()));
        return sources;
    }

    /** The topics {@code service} may write: those it owns, its replay topics and the dead-letter topics of its inputs. */
    public Set<String> writableBy(String service) {
        Set<String> writable = new LinkedHashSet<>();
        for (Topic topic : topics.values()) {
            if (topic.owners().contains(service)) {
                writable.add(topic.name());
            }
            if (topic.readers().contains(service)) {
                writable.add(topic.replayTopic(service));
            }
            if (topic.deadLetterUsers().contains(service)) {
                writable.add(topic.deadLetterTopic());
            }
        }
        return writable;
    }

    /** The topics {@code service} may read: its inputs, its replay topics and their dead-letter topics. */
    public Set<String> readableBy(String service) {
        Set<String> readable = new LinkedHashSet<>();
        for (Topic topic : topics.values()) {
            if (topic.readers().contains(service)) {
                readable.add(topic.name());
                readable.add(topic.replayTopic(service));
            }
            if (topic.deadLetterUsers().contains(service)) {
                readable.add(topic.deadLetterTopic());
            }
        }
        return readable;
    }

    private static final class Bundled {
        static final EventBus INSTANCE = read();

        private static EventBus read() {
            try (InputStream in = EventBus.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException("event bus: " + BUNDLED + " is missing from the classpath");
                }
                return load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
