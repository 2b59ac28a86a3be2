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
# The training run is made in the runtime image below, with the Java that will use its archive.
RUN ./mvnw -B -q package -DskipTests -Dkb.cds.skip=true \
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
ENV JDK_JAVA_OPTIONS="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms64m -Xmx512m -XX:MaxMetaspaceSize=256m -Xss512k -XX:ReservedCodeCacheSize=96m -XX:+ExitOnOutOfMemoryError"
# Training run (TrainingRun): starts the application on a throw-away embedded database filled from the seeds, asks
# for a page of each kind and stops; the archive holds the classes all that loaded.
RUN java -XX:ArchiveClassesAtExit=/app/app.jsa -jar /app/app.jar \
        --kb.training-run=true --kb.data-dir=/tmp/training --server.port=0 \
    && rm -rf /tmp/training
ENV KB_DATA_DIR=/app/data
EXPOSE 8080
# Ready when the database (and the search backend) answer: docker-compose.yml starts the cluster's nodes in turn on it.
HEALTHCHECK --interval=10s --timeout=3s --start-period=180s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["tini", "--", "java", "-XX:SharedArchiveFile=/app/app.jsa", "-jar", "/app/app.jar"]
