package io.newsalert.consumer.delivery;

import io.newsalert.schemas.Alert;

/** A way of getting an alert to the people or systems that subscribed: console, file, webhook, live stream… */
public interface DeliveryChannel extends AutoCloseable {

    /** A short name used in logs and metrics. */
    String name();

    /** Delivers one alert; throws when it could not, so the caller can retry or dead-letter it. */
    void deliver(Alert alert) throws Exception;

    @Override
    default void close() {}
}
