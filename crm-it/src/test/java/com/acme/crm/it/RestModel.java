package com.acme.crm.it;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Every REST endpoint of the EAR under test, read from its compiled resource classes (not a
 * hand-kept list): method, path, path and query parameters with their Java types, and the
 * body type with its settable fields. The classes are loaded apart from the tests (their own
 * class loader over the EAR's jars and the server's Jakarta API jars) and only read, never run.
 */
final class RestModel {

    record Param(String name, Class<?> type) {
    }

    record Endpoint(String method, String path, List<Param> pathParams, List<Param> queryParams, Type body) {

        /** The path with each path parameter replaced. */
        String path(String value) {
            String p = path;
            for (Param param : pathParams) {
                p = p.replaceAll("\\{" + param.name() + "(:[^}]*)?}", value);
            }
            return p;
        }

        @Override
        public String toString() {
            return method + " /api/" + path;
        }
    }

    private static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH");

    private RestModel() {
    }

    static List<Endpoint> endpoints() {
        try {
            ClassLoader loader = loader();
            List<Endpoint> found = new ArrayList<>();
            for (String className : webClasses()) {
                Class<?> type;
                try {
                    type = Class.forName(className, false, loader);
                } catch (LinkageError | ClassNotFoundException e) {
                    continue; // a page bean needing something not loaded here: not a resource
                }
                String base = annotationValue(type.getAnnotations(), "jakarta.ws.rs.Path");
                if (base == null || Modifier.isAbstract(type.getModifiers())) {
                    continue;
                }
                for (Method m : type.getMethods()) {
                    String http = null;
                    for (Annotation a : m.getAnnotations()) {
                        String name = a.annotationType().getSimpleName();
                        if (HTTP_METHODS.contains(name) && a.annotationType().getPackageName().equals("jakarta.ws.rs")) {
                            http = name;
                        }
                    }
                    if (http == null) {
                        continue;
                    }
                    String sub = annotationValue(m.getAnnotations(), "jakarta.ws.rs.Path");
                    String path = join(base, sub);
                    List<Param> pathParams = new ArrayList<>();
                    List<Param> queryParams = new ArrayList<>();
                    Type body = null;
                    for (int i = 0; i < m.getParameterCount(); i++) {
                        Annotation[] annotations = m.getParameterAnnotations()[i];
                        Class<?> paramType = m.getParameterTypes()[i];
                        String pathName = annotationValue(annotations, "jakarta.ws.rs.PathParam");
                        String queryName = annotationValue(annotations, "jakarta.ws.rs.QueryParam");
                        if (pathName != null) {
                            pathParams.add(new Param(pathName, paramType));
                        } else if (queryName != null) {
                            queryParams.add(new Param(queryName, paramType));
                        } else if (has(annotations, "jakarta.ws.rs.BeanParam")) {
                            beanParams(paramType, queryParams);
                        } else if (annotations.length == 0) {
                            body = m.getGenericParameterTypes()[i];
                        }
                    }
                    found.add(new Endpoint(http, path, pathParams, queryParams, body));
                }
            }
            found.sort(Comparator.comparing(Endpoint::toString));
            return found;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the EAR's REST resources", e);
        }
    }

    /** The fields a caller may send in a body of this type, with their Java types (setters, record components). */
    static Map<String, Type> bodyFields(Type body) {
        Class<?> type = raw(body);
        Map<String, Type> fields = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                fields.put(c.getName(), c.getGenericType());
            }
        } else if (!type.getName().startsWith("java.")) {
            for (Method m : type.getMethods()) {
                if (m.getName().startsWith("set") && m.getName().length() > 3 && m.getParameterCount() == 1
                        && !Modifier.isStatic(m.getModifiers())) {
                    fields.put(java.beans.Introspector.decapitalize(m.getName().substring(3)), m.getGenericParameterTypes()[0]);
                }
            }
        }
        fields.values().removeIf(t -> !settable(t));
        return fields;
    }

    /**
     * Whether a caller can send this field: computed parts of an answer (a lead's score
     * factors and duplicates, types without a no-argument constructor) are ignored on write.
     */
    private static boolean settable(Type type) {
        Class<?> raw = raw(type);
        if (java.util.Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType p) {
            return settable(p.getActualTypeArguments()[0]);
        }
        if (!raw.getName().startsWith("com.acme") || raw.isEnum() || raw.isRecord()) {
            return true;
        }
        return java.util.Arrays.stream(raw.getConstructors()).anyMatch(c -> c.getParameterCount() == 0);
    }

    static Class<?> raw(Type type) {
        return type instanceof Class<?> c ? c : type instanceof ParameterizedType p ? raw(p.getRawType()) : Object.class;
    }

    private static void beanParams(Class<?> bean, List<Param> into) {
        for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                String name = annotationValue(f.getAnnotations(), "jakarta.ws.rs.QueryParam");
                if (name != null) {
                    into.add(new Param(name, f.getType()));
                }
            }
        }
    }

    private static String join(String base, String sub) {
        String path = strip(base) + (sub == null || strip(sub).isEmpty() ? "" : "/" + strip(sub));
        return path;
    }

    private static String strip(String p) {
        return p.replaceAll("^/+|/+$", "");
    }

    private static boolean has(Annotation[] annotations, String type) {
        for (Annotation a : annotations) {
            if (a.annotationType().getName().equals(type)) {
                return true;
            }
        }
        return false;
    }

    private static String annotationValue(Annotation[] annotations, String type) {
        for (Annotation a : annotations) {
            if (a.annotationType().getName().equals(type)) {
                try {
                    return (String) a.annotationType().getMethod("value").invoke(a);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }

    private static Path unpacked;

    /** The EAR unpacked once: its EJB jar, the web module's classes and libraries. */
    private static synchronized Path unpacked() throws IOException {
        if (unpacked == null) {
            Path dir = Files.createTempDirectory("crm-rest-model");
            Path ear = Path.of(System.getProperty("crm.ear", "../crm-ear/target/crm.ear"));
            unzip(Files.newInputStream(ear), dir.resolve("ear"));
            unzip(Files.newInputStream(dir.resolve("ear/crm-web.war")), dir.resolve("war"));
            unpacked = dir;
        }
        return unpacked;
    }

    private static List<String> webClasses() throws IOException {
        Path classes = unpacked().resolve("war/WEB-INF/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
                    .map(f -> classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "")).toList();
        }
    }

    private static ClassLoader loader() throws IOException {
        Path dir = unpacked();
        List<URL> urls = new ArrayList<>();
        urls.add(dir.resolve("war/WEB-INF/classes").toUri().toURL());
        urls.add(dir.resolve("ear/crm-ejb.jar").toUri().toURL());
        for (Path libs : List.of(dir.resolve("war/WEB-INF/lib"), dir.resolve("ear/lib"),
                Path.of(System.getProperty("payara.home"), "glassfish", "modules"))) {
            if (Files.isDirectory(libs)) {
                try (Stream<Path> jars = Files.list(libs)) {
                    for (Path jar : jars.filter(j -> j.toString().endsWith(".jar")).toList()) {
                        urls.add(jar.toUri().toURL());
                    }
                }
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    private static void unzip(InputStream archive, Path into) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(archive)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    continue;
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target);
                }
            }
        }
    }
}
