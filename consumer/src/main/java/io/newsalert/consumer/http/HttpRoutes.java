package io.newsalert.consumer.http;

import io.javalin.Javalin;

/** A group of HTTP routes (API, feeds, dashboard) that the alert service's server mounts. */
public interface HttpRoutes {

    void register(Javalin app);
}
