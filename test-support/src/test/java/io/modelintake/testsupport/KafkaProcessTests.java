package io.modelintake.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class KafkaProcessTests {

    @Test
    void aRecordAcknowledgedBeforeAKillNineIsStillThereAfterTheRestart() throws Exception {
        try (KafkaProcess broker = KafkaProcess.start(Path.of("target/kafka-process-tests"))) {
            String servers = broker.bootstrapServers();
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(KafkaBrokerTests.admin(servers,
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
                producer.send(new ProducerRecord<>("test-support.kill-nine", "request-1", "submitted")).get();
            }

            broker.kill();
            broker.restart();

            assertThat(broker.bootstrapServers()).isEqualTo(servers);
            List<ConsumerRecord<String, String>> received = new ArrayList<>();
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(KafkaBrokerTests.admin(servers,
                    ConsumerConfig.GROUP_ID_CONFIG, "kill-nine",
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                    ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                    ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
                consumer.subscribe(List.of("test-support.kill-nine"));
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (received.isEmpty() && System.nanoTime() < deadline) {
                    consumer.poll(Duration.ofMillis(200)).forEach(received::add);
                }
            }
            assertThat(received).extracting(ConsumerRecord::value).containsExactly("submitted");
        }
    }
}
