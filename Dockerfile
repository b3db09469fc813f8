# Builds Tsunagu from this repository and runs it on a JRE; docker-compose.yml uses it.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app tsunagu
WORKDIR /app
COPY --from=build /src/target/tsunagu-*.jar app.jar
USER tsunagu
ENV TZ=Asia/Tokyo
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=5s --retries=30 CMD ["sh", "-c", "wget -qO- http://localhost:8080/actuator/health || curl -fs http://localhost:8080/actuator/health"]
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
