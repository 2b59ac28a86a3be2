# Builds the knowledge base into a runtime image with a class-data-sharing archive for a fast start.
# Used by docker-compose.yml.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY db db
COPY seeds seeds
RUN ./mvnw -B -q package -DskipTests \
    && java -Djarmode=tools -jar target/rt2-knowledge-base-*.jar extract --destination /app \
    && mv /app/rt2-knowledge-base-*.jar /app/app.jar

FROM eclipse-temurin:17-jre
# tini runs as process 1 and reaps orphans: the embedded PostgreSQL outlives the pg_ctl that started it, and a dead
# server must not linger as a zombie that blocks its own restart (docs/operations.md).
# curl answers the health check below.
RUN apt-get update && apt-get install -y --no-install-recommends tini curl && rm -rf /var/lib/apt/lists/*
RUN useradd --system --home /app kb && mkdir -p /app/data && chown -R kb /app
WORKDIR /app
COPY --from=build --chown=kb /app /app
USER kb
# The JVM options of a small node, as kb.jvm.options in pom.xml (docs/performance.md); the java launcher reads them
# from this variable, so `docker run -e JDK_JAVA_OPTIONS=…` changes them. The training run uses them too, as the
# class-data-sharing archive must be made with the collector it is used with.
ENV JDK_JAVA_OPTIONS="-XX:+UseSerialGC -Xms64m -Xmx256m -XX:MaxMetaspaceSize=256m -Xss512k -XX:ReservedCodeCacheSize=96m"
# Training run: starts the application on a throw-away embedded database and records the classes it loads.
RUN java -XX:ArchiveClassesAtExit=/app/app.jsa -Dspring.context.exit=onRefresh -jar /app/app.jar \
        --kb.data-dir=/tmp/training --kb.import-seeds=false \
    && rm -rf /tmp/training
ENV KB_DATA_DIR=/app/data
EXPOSE 8080
# Ready when the database (and the search backend) answer: docker-compose.yml starts the cluster's nodes in turn on it.
HEALTHCHECK --interval=10s --timeout=3s --start-period=180s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["tini", "--", "java", "-XX:SharedArchiveFile=/app/app.jsa", "-jar", "/app/app.jar"]
