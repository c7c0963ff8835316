# Builds the newsalert command into a small runtime image; every service of docker-compose.yml runs it.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app newsalert
WORKDIR /app
COPY --from=build /src/app/target/newsalert.jar /app/newsalert.jar
USER newsalert
ENTRYPOINT ["java", "-Dfile.encoding=UTF-8", "-jar", "/app/newsalert.jar"]
