package cn.guanbiao.docs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

/**
 * A BPMN file drawn as plain SVG from its diagram interchange (the positions Camunda Modeler saved): events as circles,
 * activities as rounded rectangles with their names, gateways as diamonds, sequence flows as polylines with arrowheads
 * and their labels, pools, lanes and expanded subprocesses as rectangles. The same file always gives the same text, so
 * that a checked-in picture can be compared with a fresh one ({@code ProcessPicturesTest}). Every named element also
 * carries its full name as a {@code <title>}, shown on hover.
 */
final class ProcessPicture {

    private static final String FONT = "'Noto Sans CJK SC','Source Han Sans SC','WenQuanYi Micro Hei','Microsoft YaHei',"
            + "'PingFang SC',sans-serif";
    private static final double FONT_SIZE = 12;
    private static final double LINE_HEIGHT = 15;
    private static final double MARGIN = 20;

    private final StringBuilder body = new StringBuilder();
    private final Set<String> labelPlaces = new HashSet<>();
    private double minX = Double.MAX_VALUE;
    private double minY = Double.MAX_VALUE;
    private double maxX = -Double.MAX_VALUE;
    private double maxY = -Double.MAX_VALUE;

    private ProcessPicture() {
    }

    /** The SVG of the file's first diagram. */
    static String of(Path bpmn) {
        BpmnModelInstance model = Bpmn.readModelFromFile(bpmn.toFile());
        return new ProcessPicture().draw(model);
    }

    private String draw(BpmnModelInstance model) {
        List<BpmnShape> containers = new ArrayList<>();
        List<BpmnShape> nodes = new ArrayList<>();
        List<BpmnShape> boundaries = new ArrayList<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            BaseElement element = shape.getBpmnElement();
            if (element instanceof Participant || element instanceof Lane
                    || element instanceof SubProcess && !Boolean.FALSE.equals(shape.isExpanded())) {
                containers.add(shape);
            } else if (element instanceof BoundaryEvent) {
                boundaries.add(shape);
            } else {
                nodes.add(shape);
            }
        }
        containers.forEach(this::container);
        model.getModelElementsByType(BpmnEdge.class).forEach(this::edge);
        nodes.forEach(this::node);
        boundaries.forEach(this::node);
        return svg();
    }

    private String svg() {
        double x = minX - MARGIN;
        double y = minY - MARGIN;
        double width = maxX - minX + 2 * MARGIN;
        double height = maxY - minY + 2 * MARGIN;
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + n(width) + "\" height=\"" + n(height)
                + "\" viewBox=\"" + n(x) + " " + n(y) + " " + n(width) + " " + n(height) + "\" font-family=\"" + FONT
                + "\" font-size=\"" + n(FONT_SIZE) + "\">\n"
                + "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\""
                + " markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#333\"/></marker></defs>\n"
                + "<rect x=\"" + n(x) + "\" y=\"" + n(y) + "\" width=\"" + n(width) + "\" height=\"" + n(height)
                + "\" fill=\"#fff\"/>\n"
                + body + "</svg>\n";
    }

    private void container(BpmnShape shape) {
        Bounds b = shape.getBounds();
        include(b);
        BaseElement element = shape.getBpmnElement();
        String name = name(element);
        boolean rounded = element instanceof SubProcess;
        open(element);
        body.append("<rect x=\"").append(n(b.getX())).append("\" y=\"").append(n(b.getY())).append("\" width=\"")
                .append(n(b.getWidth())).append("\" height=\"").append(n(b.getHeight())).append('"')
                .append(rounded ? " rx=\"10\"" : "")
                .append(" fill=\"").append(rounded ? "#fcfcfc" : "none").append("\" stroke=\"#555\" stroke-width=\"1.5\"")
                .append(element instanceof SubProcess s && s.triggeredByEvent() ? " stroke-dasharray=\"6 3\"" : "")
                .append("/>\n");
        if (element instanceof Participant || element instanceof Lane) {
            double cx = b.getX() + 15;
            double cy = b.getY() + b.getHeight() / 2;
            body.append("<text x=\"").append(n(cx)).append("\" y=\"").append(n(cy)).append("\" text-anchor=\"middle\"")
                    .append(" dominant-baseline=\"middle\" transform=\"rotate(-90 ").append(n(cx)).append(' ')
                    .append(n(cy)).append(")\">").append(escape(name)).append("</text>\n");
        } else {
            text(wrap(name, b.getWidth() - 16), b.getX() + 8, b.getY() + 8 + FONT_SIZE, "start");
        }
        multiInstanceMarker(element, b);
        body.append("</g>\n");
    }

    private void edge(BpmnEdge edge) {
        Collection<Waypoint> waypoints = edge.getWaypoints();
        if (waypoints.size() < 2) {
            return;
        }
        BaseElement element = edge.getBpmnElement();
        open(element);
        StringBuilder points = new StringBuilder();
        for (Waypoint point : waypoints) {
            include(point.getX(), point.getY());
            points.append(points.isEmpty() ? "" : " ").append(n(point.getX())).append(',').append(n(point.getY()));
        }
        body.append("<polyline points=\"").append(points).append("\" fill=\"none\" stroke=\"#333\" stroke-width=\"1.2\"")
                .append(element instanceof FlowElement ? " marker-end=\"url(#arrow)\"" : " stroke-dasharray=\"3 3\"")
                .append("/>\n");
        String name = name(element);
        if (!name.isEmpty()) {
            BpmnLabel label = edge.getBpmnLabel();
            if (label != null && label.getBounds() != null && labelPlaces.add(place(label.getBounds()))) {
                label(name, label.getBounds());
            } else {
                // no place saved, or one another label already took: beside the middle of the longest segment
                Waypoint[] all = waypoints.toArray(Waypoint[]::new);
                int longest = 0;
                for (int i = 1; i < all.length - 1; i++) {
                    if (length(all[i], all[i + 1]) > length(all[longest], all[longest + 1])) {
                        longest = i;
                    }
                }
                Waypoint a = all[longest];
                Waypoint b = all[longest + 1];
                text(List.of(name), (a.getX() + b.getX()) / 2 + 4, (a.getY() + b.getY()) / 2 - 4, "start");
            }
        }
        body.append("</g>\n");
    }

    private void node(BpmnShape shape) {
        Bounds b = shape.getBounds();
        include(b);
        BaseElement element = shape.getBpmnElement();
        open(element);
        if (element instanceof Event event) {
            event(event, b);
        } else if (element instanceof Gateway gateway) {
            gateway(gateway, b);
        } else {
            activity(element, b);
        }
        String name = name(element);
        if (!name.isEmpty() && (element instanceof Event || element instanceof Gateway)) {
            BpmnLabel label = shape.getBpmnLabel();
            if (label != null && label.getBounds() != null) {
                label(name, label.getBounds());
            } else {
                text(wrap(name, 100), b.getX() + b.getWidth() / 2, b.getY() + b.getHeight() + 4 + FONT_SIZE, "middle");
            }
        }
        body.append("</g>\n");
    }

    private void event(Event event, Bounds b) {
        double cx = b.getX() + b.getWidth() / 2;
        double cy = b.getY() + b.getHeight() / 2;
        double r = Math.min(b.getWidth(), b.getHeight()) / 2;
        boolean interrupting = !(event instanceof BoundaryEvent boundary) || boundary.cancelActivity();
        String dash = interrupting && !(event instanceof StartEvent start && !start.isInterrupting())
                ? "" : " stroke-dasharray=\"4 2\"";
        double width = event instanceof EndEvent ? 3.5 : 1.5;
        circle(cx, cy, r, width, dash);
        if (!(event instanceof StartEvent) && !(event instanceof EndEvent)) {
            circle(cx, cy, r - 3, 1, dash);
        }
        for (EventDefinition definition : event.getChildElementsByType(EventDefinition.class)) {
            if (definition instanceof TimerEventDefinition) {
                circle(cx, cy, r * 0.55, 1, "");
                body.append("<path d=\"M").append(n(cx)).append(',').append(n(cy - r * 0.4)).append(" L").append(n(cx))
                        .append(',').append(n(cy)).append(" L").append(n(cx + r * 0.3)).append(',').append(n(cy))
                        .append("\" fill=\"none\" stroke=\"#333\"/>\n");
            } else if (definition instanceof MessageEventDefinition) {
                double w = r * 0.5;
                double h = r * 0.35;
                body.append("<path d=\"M").append(n(cx - w)).append(',').append(n(cy - h)).append(" h").append(n(2 * w))
                        .append(" v").append(n(2 * h)).append(" h").append(n(-2 * w)).append(" z M").append(n(cx - w))
                        .append(',').append(n(cy - h)).append(" L").append(n(cx)).append(',').append(n(cy + h * 0.2))
                        .append(" L").append(n(cx + w)).append(',').append(n(cy - h)).append("\" fill=\"")
                        .append(event instanceof EndEvent ? "#333" : "none").append("\" stroke=\"#333\"/>\n");
            } else if (definition instanceof ErrorEventDefinition) {
                double s = r * 0.45;
                body.append("<path d=\"M").append(n(cx - s)).append(',').append(n(cy + s)).append(" L")
                        .append(n(cx - s * 0.4)).append(',').append(n(cy - s)).append(" L").append(n(cx + s * 0.2))
                        .append(',').append(n(cy + s * 0.2)).append(" L").append(n(cx + s)).append(',')
                        .append(n(cy - s)).append(" L").append(n(cx + s * 0.4)).append(',').append(n(cy + s))
                        .append(" L").append(n(cx - s * 0.2)).append(',').append(n(cy - s * 0.2)).append(" z\" fill=\"")
                        .append(event instanceof EndEvent ? "#333" : "none").append("\" stroke=\"#333\"/>\n");
            }
        }
    }

    private void gateway(Gateway gateway, Bounds b) {
        double x = b.getX();
        double y = b.getY();
        double w = b.getWidth();
        double h = b.getHeight();
        double cx = x + w / 2;
        double cy = y + h / 2;
        body.append("<polygon points=\"").append(n(cx)).append(',').append(n(y)).append(' ').append(n(x + w)).append(',')
                .append(n(cy)).append(' ').append(n(cx)).append(',').append(n(y + h)).append(' ').append(n(x)).append(',')
                .append(n(cy)).append("\" fill=\"#fff\" stroke=\"#333\" stroke-width=\"1.5\"/>\n");
        double s = w * 0.2;
        if (gateway instanceof ParallelGateway) {
            body.append("<path d=\"M").append(n(cx)).append(',').append(n(cy - s)).append(" V").append(n(cy + s))
                    .append(" M").append(n(cx - s)).append(',').append(n(cy)).append(" H").append(n(cx + s))
                    .append("\" stroke=\"#333\" stroke-width=\"3\"/>\n");
        } else if (gateway instanceof EventBasedGateway) {
            circle(cx, cy, s * 1.2, 1, "");
            circle(cx, cy, s * 0.95, 1, "");
        } else {
            body.append("<path d=\"M").append(n(cx - s * 0.75)).append(',').append(n(cy - s * 0.75)).append(" L")
                    .append(n(cx + s * 0.75)).append(',').append(n(cy + s * 0.75)).append(" M").append(n(cx + s * 0.75))
                    .append(',').append(n(cy - s * 0.75)).append(" L").append(n(cx - s * 0.75)).append(',')
                    .append(n(cy + s * 0.75)).append("\" stroke=\"#333\" stroke-width=\"3\"/>\n");
        }
    }

    private void activity(BaseElement element, Bounds b) {
        body.append("<rect x=\"").append(n(b.getX())).append("\" y=\"").append(n(b.getY())).append("\" width=\"")
                .append(n(b.getWidth())).append("\" height=\"").append(n(b.getHeight()))
                .append("\" rx=\"10\" fill=\"#fff\" stroke=\"#333\" stroke-width=\"1.5\"/>\n");
        List<String> lines = wrap(name(element), b.getWidth() - 10);
        double top = b.getY() + b.getHeight() / 2 - (lines.size() - 1) * LINE_HEIGHT / 2 + FONT_SIZE * 0.35;
        text(lines, b.getX() + b.getWidth() / 2, top, "middle");
        multiInstanceMarker(element, b);
    }

    /** Three bars at the bottom of a multi-instance activity: upright when parallel, lying when sequential. */
    private void multiInstanceMarker(BaseElement element, Bounds b) {
        if (element instanceof Activity activity
                && activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics multi) {
            double cx = b.getX() + b.getWidth() / 2;
            double bottom = b.getY() + b.getHeight() - 5;
            StringBuilder d = new StringBuilder();
            for (int i = -1; i <= 1; i++) {
                d.append(multi.isSequential()
                        ? "M" + n(cx - 6) + "," + n(bottom - 6 + (i + 1) * 4) + " h12 "
                        : "M" + n(cx + i * 4) + "," + n(bottom - 10) + " v10 ");
            }
            body.append("<path d=\"").append(d.toString().trim()).append("\" stroke=\"#333\" stroke-width=\"2\"/>\n");
        }
    }

    private void label(String name, Bounds bounds) {
        include(bounds);
        List<String> lines = wrap(name, Math.max(bounds.getWidth(), 40) + 10);
        text(lines, bounds.getX() + bounds.getWidth() / 2, bounds.getY() + FONT_SIZE, "middle");
    }

    private void open(BaseElement element) {
        body.append("<g id=\"").append(escape(element == null ? "" : element.getId())).append("\">");
        String name = name(element);
        if (!name.isEmpty()) {
            body.append("<title>").append(escape(name)).append("</title>");
        }
        body.append('\n');
    }

    private void circle(double cx, double cy, double r, double width, String dash) {
        body.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
                .append("\" fill=\"").append(width > 1 ? "#fff" : "none").append("\" stroke=\"#333\" stroke-width=\"")
                .append(n(width)).append('"').append(dash).append("/>\n");
    }

    private void text(List<String> lines, double x, double firstBaseline, String anchor) {
        for (int i = 0; i < lines.size(); i++) {
            double y = firstBaseline + i * LINE_HEIGHT;
            double w = width(lines.get(i));
            double left = anchor.equals("middle") ? x - w / 2 : x;
            include(left, y - FONT_SIZE);
            include(left + w, y + 3);
            body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"")
                    .append(anchor).append("\">").append(escape(lines.get(i))).append("</text>\n");
        }
    }

    /** The name in lines no wider than the width, breaking between CJK characters or at spaces. */
    static List<String> wrap(String name, double width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : name.split("\n")) {
            StringBuilder line = new StringBuilder();
            int i = 0;
            while (i < paragraph.length()) {
                int end = i + 1;
                if (!wide(paragraph.charAt(i))) {
                    while (end < paragraph.length() && !wide(paragraph.charAt(end)) && paragraph.charAt(end - 1) != ' ') {
                        end++;
                    }
                }
                String piece = paragraph.substring(i, end);
                if (!line.isEmpty() && width(line + piece.stripTrailing()) > width) {
                    lines.add(line.toString().strip());
                    line.setLength(0);
                }
                line.append(piece);
                i = end;
            }
            if (!line.toString().isBlank()) {
                lines.add(line.toString().strip());
            }
        }
        return lines;
    }

    private static double width(String text) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += wide(text.charAt(i)) ? FONT_SIZE : FONT_SIZE * 0.56;
        }
        return w;
    }

    private static boolean wide(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c >= 0x3000 && c <= 0x30FF
                || c >= 0xFF00 && c <= 0xFFEF;
    }

    private static String name(BaseElement element) {
        String name = element == null ? null : element.getAttributeValue("name");
        return name == null ? "" : name.strip();
    }

    private static String place(Bounds b) {
        return n(b.getX()) + "," + n(b.getY()) + "," + n(b.getWidth()) + "," + n(b.getHeight());
    }

    private static double length(Waypoint a, Waypoint b) {
        return Math.abs(a.getX() - b.getX()) + Math.abs(a.getY() - b.getY());
    }

    private void include(Bounds b) {
        include(b.getX(), b.getY());
        include(b.getX() + b.getWidth(), b.getY() + b.getHeight());
    }

    private void include(double x, double y) {
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
    }

    private static String n(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.format(Locale.ROOT, "%.1f", rounded);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
